package gg.pickban.admin.control;

import gg.pickban.admin.entity.AuditedObject;
import gg.pickban.identity.control.SuperuserChangeRefused;
import gg.pickban.identity.control.UserEditor;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Input;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Staff edits of users on the staff site: the API's own rules ({@link UserEditor}: field checks,
 * uniqueness, the superuser protections), plus one of the staff site's own — only a superuser may
 * delete staff — each change audited in its transaction.
 */
@ApplicationScoped
public class UserAdministration {

    public static final String STAFF_DELETION_REFUSED = "Only a superuser can delete staff.";

    @PersistenceContext
    EntityManager em;

    @Inject
    UserEditor editor;

    @Inject
    AuditLog audit;

    public Optional<User> find(long id) {
        return editor.find(id);
    }

    /**
     * @param changes the form's fields under the API's names ({@code username}, {@code is_staff}, …)
     * @return false when there was no such user
     */
    @Transactional
    public boolean update(User actor, long id, JsonObject changes) {
        User user = em.find(User.class, id);
        if (user == null) {
            return false;
        }
        Snapshot before = snapshot(user);
        editor.update(user, Input.partial(changes), actor.isSuperuser());
        Snapshot after = snapshot(user);
        if (!before.json().equals(after.json())) {
            audit.record(actor, object(user), "change", before, after);
        }
        return true;
    }

    /** Whether this staff member may delete that user at all (the button is hidden otherwise). */
    public static boolean mayDelete(boolean actorIsSuperuser, boolean targetIsStaff) {
        return actorIsSuperuser || !targetIsStaff;
    }

    @Transactional
    public boolean delete(User actor, long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            return false;
        }
        if (!mayDelete(actor.isSuperuser(), user.isStaff() || user.isSuperuser())) {
            throw new SuperuserChangeRefused(STAFF_DELETION_REFUSED);
        }
        AuditedObject object = object(user);
        Snapshot before = snapshot(user);
        editor.delete(user, actor.isSuperuser());
        audit.record(actor, object, "delete", before, null);
        return true;
    }

    static AuditedObject object(User user) {
        return AuditedObject.of(AuditedObject.USER, user.id(), user.username());
    }

    static Snapshot snapshot(User user) {
        return new Snapshot().with("username", user.username()).with("nickname", user.nickname())
                .with("email", user.email()).with("mmr", user.mmr()).with("discordId", user.discordId())
                .with("steamid", user.steamid()).with("is_active", user.isActive()).with("is_staff", user.isStaff())
                .with("is_superuser", user.isSuperuser());
    }
}
