package gg.pickban.admin.control;

import gg.pickban.discord.entity.EventTemplate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The event templates table: searched by name or title, retired ones shown on request. */
public class TemplateRows extends RowQuery<EventTemplate, TemplateRow> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "type", "templateType",
            "title", "title", "channel", "channelId", "active", "active", "updated", "updatedAt");

    private String search = "";
    private boolean retiredToo;

    public void filter(String text, boolean retiredToo) {
        this.search = text == null ? "" : text.strip();
        this.retiredToo = retiredToo;
    }

    @Override
    protected Class<EventTemplate> entity() {
        return EventTemplate.class;
    }

    @Override
    protected Map<String, String> sortable() {
        return SORTABLE;
    }

    @Override
    protected List<Predicate> where(CriteriaBuilder cb, Root<EventTemplate> template) {
        List<Predicate> where = new ArrayList<>();
        if (!search.isEmpty()) {
            String pattern = containing(search);
            where.add(cb.or(like(cb, template.get("name"), pattern), like(cb, template.get("title"), pattern)));
        }
        if (!retiredToo) {
            where.add(cb.isTrue(template.get("active")));
        }
        return where;
    }

    @Override
    protected List<TemplateRow> rows(List<EventTemplate> page, EntityManager em) {
        return page.stream().map(TemplateRow::of).toList();
    }

    @Override
    public String key(TemplateRow row) {
        return Long.toString(row.id());
    }
}
