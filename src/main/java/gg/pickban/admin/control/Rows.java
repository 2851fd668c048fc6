package gg.pickban.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a {@link RowQuery}: how many rows its filters select, and one sorted page of them, both in SQL. */
@ApplicationScoped
public class Rows {

    /** One requested sort: a column name as the page sent it, and its direction. */
    public record Sort(String column, boolean descending) {
    }

    public static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public <E> long count(RowQuery<E, ?> query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> root = count.from(query.entity());
        count.select(cb.count(root)).where(query.where(cb, root).toArray(Predicate[]::new));
        return em.createQuery(count).getSingleResult();
    }

    /** Columns the query does not offer for sorting are ignored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E, R> List<R> page(RowQuery<E, R> query, int first, int size, List<Sort> sorts) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<E> select = cb.createQuery(query.entity());
        Root<E> root = select.from(query.entity());
        query.fetch(root);
        List<Order> order = new ArrayList<>();
        Map<String, String> sortable = query.sortable();
        for (Sort sort : sorts) {
            String attribute = sortable.get(sort.column());
            if (attribute != null) {
                Path<?> path = RowQuery.path(root, attribute);
                // empty values last either way, as a reader expects (the databases put them first when descending)
                order.add(cb.asc(cb.selectCase().when(cb.isNull(path), 1).otherwise(0)));
                order.add(sort.descending() ? cb.desc(path) : cb.asc(path));
            }
        }
        order.add(query.newestFirst() ? cb.desc(root.get("id")) : cb.asc(root.get("id")));
        select.select(root).where(query.where(cb, root).toArray(Predicate[]::new)).orderBy(order);
        List<E> page = em.createQuery(select).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE))).getResultList();
        return query.rows(page, em);
    }
}
