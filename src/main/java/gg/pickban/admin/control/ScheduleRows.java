package gg.pickban.admin.control;

import gg.pickban.discord.entity.ScheduledEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The scheduled events table: searched by template name, inactive ones shown on request. */
public class ScheduleRows extends RowQuery<ScheduledEvent, ScheduleRow> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> SORTABLE = Map.of("id", "id", "template", "template.name",
            "weekly", "recurring", "next", "nextPostAt", "active", "active");

    private String search = "";
    private boolean inactiveToo;

    public void filter(String text, boolean inactiveToo) {
        this.search = text == null ? "" : text.strip();
        this.inactiveToo = inactiveToo;
    }

    @Override
    protected Class<ScheduledEvent> entity() {
        return ScheduledEvent.class;
    }

    @Override
    protected Map<String, String> sortable() {
        return SORTABLE;
    }

    @Override
    protected List<Predicate> where(CriteriaBuilder cb, Root<ScheduledEvent> event) {
        List<Predicate> where = new ArrayList<>();
        if (!search.isEmpty()) {
            where.add(like(cb, event.get("template").get("name"), containing(search)));
        }
        if (!inactiveToo) {
            where.add(cb.isTrue(event.get("active")));
        }
        return where;
    }

    @Override
    protected void fetch(Root<ScheduledEvent> event) {
        event.fetch("template", JoinType.INNER);
    }

    @Override
    protected List<ScheduleRow> rows(List<ScheduledEvent> page, EntityManager em) {
        return page.stream().map(ScheduleRow::of).toList();
    }

    @Override
    public String key(ScheduleRow row) {
        return Long.toString(row.id());
    }
}
