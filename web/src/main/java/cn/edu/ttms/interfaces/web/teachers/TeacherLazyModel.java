package cn.edu.ttms.interfaces.web.teachers;

import cn.edu.ttms.application.teacher.TeacherRegistry;
import cn.edu.ttms.application.teacher.TeacherSummary;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Pages of the registry straight from the database, one page at a time: the table works the same
 * with 500 or 500,000 teachers in scope.
 */
class TeacherLazyModel extends LazyDataModel<TeacherSummary> {

    private static final long serialVersionUID = 1L;

    private final TeacherRegistry registry;
    private final SerializableQuery filter;
    private List<TeacherSummary> lastPage = List.of();

    /** The backing bean's current filter; serializable because the view may move between cluster nodes. */
    interface SerializableQuery extends Supplier<TeacherQuery>, java.io.Serializable {}

    TeacherLazyModel(TeacherRegistry registry, SerializableQuery filter) {
        this.registry = registry;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) registry.count(filter.get());
    }

    @Override
    public List<TeacherSummary> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        TeacherQuery base = filter.get();
        TeacherQuery query = base;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            query = new TeacherQuery(
                    base.text(),
                    base.schoolId(),
                    base.subject(),
                    base.stage(),
                    base.designation(),
                    sort.getField(),
                    sort.getOrder() == SortOrder.DESCENDING);
        }
        lastPage = registry.list(query, first, pageSize);
        return lastPage;
    }

    @Override
    public String getRowKey(TeacherSummary row) {
        return String.valueOf(row.id());
    }

    @Override
    public TeacherSummary getRowData(String rowKey) {
        return lastPage.stream()
                .filter(t -> String.valueOf(t.id()).equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
