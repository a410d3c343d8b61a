package cn.edu.ttms.application.project;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectQuery;
import cn.edu.ttms.domain.model.project.TrainingProject;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The projects a caller may see: staff those of their own subtree (drafts too) and the published
 * projects of the bureaus above them. Teachers and institutions see the catalogue with the
 * enrolment issue; until then, nothing.
 */
@Stateless
@PermitAll
public class ProjectCatalogue {

    @Inject
    ProjectRepository projects;

    @Inject
    CurrentCaller caller;

    public List<TrainingProject> search(ProjectQuery query, int first, int max) {
        String path = visiblePath();
        return path == null ? List.of() : projects.search(path, query, first, Math.min(max, 500));
    }

    public long count(ProjectQuery query) {
        String path = visiblePath();
        return path == null ? 0 : projects.count(path, query);
    }

    private String visiblePath() {
        Caller me = caller.get();
        return me.scope().kind() == DataScope.Kind.SUBTREE ? me.organisationPath() : null;
    }
}
