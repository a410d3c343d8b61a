package cn.edu.ttms.interfaces.web.shell;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table over a paged service call: one page at a time from the database, with its total.
 * The functions are the backing bean's (serializable, as the view may move between cluster nodes).
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows. */
    public interface Pages<T> extends Serializable {
        List<T> page(int first, int max);
    }

    /** How many rows there are in all. */
    public interface Total extends Serializable {
        long count();
    }

    /** A row's identity, for the table's row keys. */
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Pages<T> pages;
    private final Total total;
    private final Key<T> key;
    private List<T> lastPage = List.of();

    public PagedModel(Pages<T> pages, Total total, Key<T> key) {
        this.pages = pages;
        this.total = total;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, total.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        lastPage = pages.page(first, pageSize);
        return lastPage;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return lastPage.stream()
                .filter(r -> getRowKey(r).equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
