package gg.pickban.admin.control;

import gg.pickban.admin.entity.AdminChange;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A line of the audit log: who did what to which object when, and what changed, one line per field. */
public record AuditRow(long id, Instant at, String actor, Long actorId, String action, String objectType, String objectId,
        String object, List<String> changes) implements Serializable {

    static AuditRow of(AdminChange change) {
        return new AuditRow(change.id(), change.createdAt(), change.actorName(), change.actorId(), change.action(),
                change.objectType(), change.objectId(), change.objectRepr(), Snapshot.changes(change.before(), change.after()));
    }
}
