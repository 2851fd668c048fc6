package gg.pickban.league.control;

import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.Organization;
import gg.pickban.platform.control.Input;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows a body's pks and pk lists name, noting DRF's {@code Invalid pk "N" - object does not
 * exist.} on the Input for the first one missing (DRF reports only that one per field).
 */
@ApplicationScoped
class RelatedRows {

    @PersistenceContext
    EntityManager em;

    /** The row, or null when the pk is null (already refused or cleared) or names nothing. */
    <T> T find(Class<T> type, Input in, String key, Long pk) {
        if (pk == null) {
            return null;
        }
        T row = em.find(type, pk);
        if (row == null) {
            in.unknownPk(key, pk);
        }
        return row;
    }

    Set<User> users(Input in, String key, List<Long> pks) {
        return all(User.class, in, key, pks);
    }

    Set<Organization> organizations(Input in, String key, List<Long> pks) {
        return all(Organization.class, in, key, pks);
    }

    private <T> Set<T> all(Class<T> type, Input in, String key, List<Long> pks) {
        Set<T> rows = new LinkedHashSet<>();
        if (pks == null) {
            return rows;
        }
        for (Long pk : pks) {
            T row = find(type, in, key, pk);
            if (row == null) {
                break;
            }
            rows.add(row);
        }
        return rows;
    }
}
