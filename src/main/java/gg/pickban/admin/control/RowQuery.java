package gg.pickban.admin.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One table of the staff site as a query: the entity it lists, the filters the page has set, the
 * columns it may be sorted by (a column name from the page is only ever looked up here, never used
 * as a path itself) and how a page of entities becomes rows. {@link Rows} runs it in SQL: a count
 * and one page, sorted, then by id so pages never overlap.
 */
public abstract class RowQuery<E, R> implements Serializable {

    private static final long serialVersionUID = 1L;

    protected abstract Class<E> entity();

    /** Sortable columns: the name the page uses → the entity's attribute path, dotted. */
    protected abstract Map<String, String> sortable();

    /** The page's filters as predicates; none = everything. */
    protected List<Predicate> where(CriteriaBuilder cb, Root<E> root) {
        return List.of();
    }

    /** Relations the rows need, fetched with the page (not with the count). */
    protected void fetch(Root<E> root) {
    }

    /** The sort when the page asks for none; ids descending, so the newest come first. */
    protected boolean newestFirst() {
        return true;
    }

    protected abstract List<R> rows(List<E> page, EntityManager em);

    public abstract String key(R row);

    /** A dotted attribute path from the root. */
    static Path<?> path(Root<?> root, String dotted) {
        Path<?> path = root;
        for (String part : dotted.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }

    /** {@code %text%} for a case-insensitive LIKE with the wildcards in the text escaped (escape character {@code \}). */
    protected static String containing(String text) {
        return "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    protected static Predicate like(CriteriaBuilder cb, Path<String> field, String pattern) {
        return cb.like(cb.lower(field), pattern, '\\');
    }

    /** A whole number that fits a long, or null: ids typed into a search box. */
    protected static Long number(String text) {
        return text != null && text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
    }
}
