package gg.pickban.admin.control;

import gg.pickban.admin.entity.AdminChange;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit log, newest first: narrowed to one staff member (name, any part, or pk), one kind of
 * object and one object id.
 */
public class AuditRows extends RowQuery<AdminChange, AuditRow> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> SORTABLE = Map.of("at", "createdAt", "actor", "actorName", "action", "action",
            "type", "objectType");

    private String actor = "";
    private String type = "";
    private String object = "";

    public void filter(String actor, String type, String object) {
        this.actor = actor == null ? "" : actor.strip();
        this.type = type == null ? "" : type.strip();
        this.object = object == null ? "" : object.strip();
    }

    @Override
    protected Class<AdminChange> entity() {
        return AdminChange.class;
    }

    @Override
    protected Map<String, String> sortable() {
        return SORTABLE;
    }

    @Override
    protected List<Predicate> where(CriteriaBuilder cb, Root<AdminChange> change) {
        List<Predicate> where = new ArrayList<>();
        if (!actor.isEmpty()) {
            Long pk = number(actor);
            Predicate byName = like(cb, change.get("actorName"), containing(actor));
            where.add(pk == null ? byName : cb.or(byName, cb.equal(change.get("actorId"), pk)));
        }
        if (!type.isEmpty()) {
            where.add(cb.equal(change.get("objectType"), type));
        }
        if (!object.isEmpty()) {
            where.add(cb.equal(change.get("objectId"), object));
        }
        return where;
    }

    @Override
    protected List<AuditRow> rows(List<AdminChange> page, EntityManager em) {
        return page.stream().map(AuditRow::of).toList();
    }

    @Override
    public String key(AuditRow row) {
        return Long.toString(row.id());
    }
}
