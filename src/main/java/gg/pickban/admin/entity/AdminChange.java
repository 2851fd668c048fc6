package gg.pickban.admin.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change made through the staff site: who made it, when, to which object, what was done and
 * the object's fields before and after (JSON objects; null for a creation's before or a deletion's
 * after). Written once in the transaction of the change itself, never changed.
 */
@Entity
@Table(name = "admin_change")
public class AdminChange {

    static final int REPR_LIMIT = 200;
    static final int STATE_LIMIT = 20000;

    @Id
    @SequenceGenerator(name = "admin_change_seq", sequenceName = "admin_change_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_change_seq")
    private Long id;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "object_type", nullable = false)
    private String objectType;

    @Column(name = "object_id", nullable = false)
    private String objectId;

    @Column(name = "object_repr", nullable = false)
    private String objectRepr;

    @Column(nullable = false)
    private String action;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AdminChange() {
    }

    public AdminChange(long actorId, String actorName, AuditedObject object, String action, String before, String after,
            Instant now) {
        this.actorId = actorId;
        this.actorName = cut(actorName, 150);
        this.objectType = object.type();
        this.objectId = object.id();
        this.objectRepr = cut(object.repr(), REPR_LIMIT);
        this.action = action;
        this.before = cut(before, STATE_LIMIT);
        this.after = cut(after, STATE_LIMIT);
        this.createdAt = now;
    }

    /** Texts longer than their column are cut, never refused: the change itself must not fail for its record. */
    static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Long actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String objectRepr() {
        return objectRepr;
    }

    public String action() {
        return action;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
