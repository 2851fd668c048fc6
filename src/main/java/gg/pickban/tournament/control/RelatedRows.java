package gg.pickban.tournament.control;

import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Input;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves the pks of a request to rows, noting DRF's {@code Invalid pk "N" - object does not
 * exist.} under the key for the first one that names no row.
 */
@ApplicationScoped
public class RelatedRows {

    @PersistenceContext
    EntityManager em;

    /** The row, or null when the pk is null (absent, null or already refused) or names nothing. */
    public <T> T one(Input in, String key, Class<T> type, Long pk) {
        if (pk == null) {
            return null;
        }
        T row = em.find(type, pk);
        if (row == null) {
            in.unknownPk(key, pk);
        }
        return row;
    }

    /** The users in the order given, each once; null when the list is absent, refused or names an unknown user. */
    public List<User> users(Input in, String key, List<Long> pks) {
        if (pks == null) {
            return null;
        }
        if (pks.isEmpty()) {
            return List.of();
        }
        Map<Long, User> found = em.createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class)
                .setParameter("ids", pks.stream().distinct().toList()).getResultStream()
                .collect(Collectors.toMap(User::id, Function.identity()));
        for (Long pk : pks) {
            if (!found.containsKey(pk)) {
                in.unknownPk(key, pk);
                return null;
            }
        }
        return pks.stream().distinct().map(found::get).toList();
    }
}
