package gg.pickban.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows a request body's pks and pk lists name. The first pk of a field that names no row is noted
 * on the {@link Input} as DRF words it ({@code Invalid pk "N" - object does not exist.}); DRF reports
 * only that one per field.
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

    /**
     * The rows in the order given, each once (one query); null when the list is null (absent or refused)
     * or names an unknown row.
     */
    public <T> List<T> all(Input in, String key, Class<T> type, List<Long> pks) {
        if (pks == null) {
            return null;
        }
        if (pks.isEmpty()) {
            return List.of();
        }
        List<Long> distinct = pks.stream().distinct().toList();
        String entity = em.getMetamodel().entity(type).getName();
        Map<Object, T> found = em.createQuery("SELECT e FROM " + entity + " e WHERE e.id IN :ids", type)
                .setParameter("ids", distinct).getResultStream()
                .collect(Collectors.toMap(row -> em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(row),
                        Function.identity()));
        for (Long pk : distinct) {
            if (!found.containsKey(pk)) {
                in.unknownPk(key, pk);
                return null;
            }
        }
        return distinct.stream().map(found::get).toList();
    }

    /** {@link #all} as a set the caller may change: empty when the list is null or names an unknown row. */
    public <T> Set<T> set(Input in, String key, Class<T> type, List<Long> pks) {
        List<T> rows = all(in, key, type, pks);
        return rows == null ? new LinkedHashSet<>() : new LinkedHashSet<>(rows);
    }
}
