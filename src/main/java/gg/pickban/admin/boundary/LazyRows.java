package gg.pickban.admin.boundary;

import gg.pickban.admin.control.RowQuery;
import gg.pickban.admin.control.Rows;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces data table's rows, fetched one page at a time in SQL ({@link Rows}) with the page's
 * sort; the filters are the query's own (the page's search fields), so the table's column filters are not used.
 */
public class LazyRows<R> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    private final Rows rows;
    private final RowQuery<?, R> query;

    public LazyRows(Rows rows, RowQuery<?, R> query) {
        this.rows = rows;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, rows.count(query));
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<Rows.Sort> sorts = sortBy.values().stream().filter(s -> !s.getOrder().isUnsorted())
                .sorted((a, b) -> Integer.compare(a.getPriority(), b.getPriority()))
                .map(s -> new Rows.Sort(s.getField(), s.getOrder().isDescending())).toList();
        return rows.page(query, first, pageSize, sorts);
    }

    @Override
    public String getRowKey(R row) {
        return query.key(row);
    }

    @Override
    public R getRowData(String rowKey) {
        List<R> page = getWrappedData();
        return page == null ? null : page.stream().filter(row -> query.key(row).equals(rowKey)).findFirst().orElse(null);
    }
}
