package cn.edu.ttms.interfaces.web.projects;

import cn.edu.ttms.application.project.ProjectCatalogue;
import cn.edu.ttms.domain.model.project.ProjectQuery;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.shared.Level;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** app/projects/list.xhtml: the projects in the caller's view, filtered and paged in the database. */
@Named
@ViewScoped
public class ProjectListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectCatalogue catalogue;

    @Inject
    cn.edu.ttms.application.project.ProjectEditing editing;

    private Boolean mayCreate;

    private Integer year;
    private Level level;
    private ProjectStatus status;
    private String category;
    private String host;
    private String text;

    private final LazyDataModel<ProjectRow> projects = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) catalogue.count(query());
        }

        @Override
        public List<ProjectRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return catalogue.search(query(), first, pageSize).stream()
                    .map(ProjectRow::of)
                    .toList();
        }

        @Override
        public String getRowKey(ProjectRow row) {
            return String.valueOf(row.id());
        }
    };

    private ProjectQuery query() {
        return new ProjectQuery(year, level, status, category, host, text);
    }

    /** Whether the caller may start a project: bureau staff, administrators and proposing units. */
    public boolean isMayCreate() {
        if (mayCreate == null) {
            mayCreate = editing.mayCreate();
        }
        return mayCreate;
    }

    public LazyDataModel<ProjectRow> getProjects() {
        return projects;
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
