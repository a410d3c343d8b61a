package cn.edu.ttms.application.plan;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Level;
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

    public List<TrainingProject> search(Integer year, Level level, ProjectStatus status, int first, int max) {
        String path = visiblePath();
        return path == null ? List.of() : projects.search(path, year, level, status, first, Math.min(max, 500));
    }

    public long count(Integer year, Level level, ProjectStatus status) {
        String path = visiblePath();
        return path == null ? 0 : projects.count(path, year, level, status);
    }

    private String visiblePath() {
        Caller me = caller.get();
        return me.scope().kind() == DataScope.Kind.SUBTREE ? me.organisationPath() : null;
    }
}
