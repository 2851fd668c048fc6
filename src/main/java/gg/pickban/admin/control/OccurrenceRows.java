package gg.pickban.admin.control;

import gg.pickban.discord.entity.Occurrence;
import gg.pickban.discord.entity.Rsvp;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The occurrences table, newest posting first: all, or one scheduled event's, or by template name.
 * The answers of a page are counted in one grouped query.
 */
public class OccurrenceRows extends RowQuery<Occurrence, OccurrenceRow> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> SORTABLE = Map.of("id", "id", "posted", "postedAt",
            "template", "scheduledEvent.template.name", "event", "scheduledEvent.id");

    private String search = "";
    private Long eventId;

    public void filter(String text, Long eventId) {
        this.search = text == null ? "" : text.strip();
        this.eventId = eventId;
    }

    @Override
    protected Class<Occurrence> entity() {
        return Occurrence.class;
    }

    @Override
    protected Map<String, String> sortable() {
        return SORTABLE;
    }

    @Override
    protected List<Predicate> where(CriteriaBuilder cb, Root<Occurrence> occurrence) {
        List<Predicate> where = new ArrayList<>();
        if (!search.isEmpty()) {
            where.add(like(cb, occurrence.get("scheduledEvent").get("template").get("name"), containing(search)));
        }
        if (eventId != null) {
            where.add(cb.equal(occurrence.get("scheduledEvent").get("id"), eventId));
        }
        return where;
    }

    @Override
    protected void fetch(Root<Occurrence> occurrence) {
        Fetch<?, ?> event = occurrence.fetch("scheduledEvent", JoinType.INNER);
        event.fetch("template", JoinType.INNER);
    }

    @Override
    protected List<OccurrenceRow> rows(List<Occurrence> page, EntityManager em) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        em.createQuery("SELECT r.occurrence.id, r.status, COUNT(r) FROM Rsvp r WHERE r.occurrence.id IN :ids"
                + " GROUP BY r.occurrence.id, r.status", Object[].class)
                .setParameter("ids", page.stream().map(Occurrence::id).toList()).getResultStream()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((String) row[1], (Long) row[2]));
        return page.stream().map(o -> {
            Map<String, Long> answers = counts.getOrDefault(o.id(), Map.of());
            return new OccurrenceRow(o.id(), o.scheduledEvent().id(), o.scheduledEvent().template().name(), o.postedAt(),
                    o.channelId(), o.discordMessageId(), answers.getOrDefault(Rsvp.YES, 0L),
                    answers.getOrDefault(Rsvp.MAYBE, 0L), answers.getOrDefault(Rsvp.NO, 0L));
        }).toList();
    }

    @Override
    public String key(OccurrenceRow row) {
        return Long.toString(row.id());
    }
}
