package cn.edu.ttms.application.project;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.project.ProjectQuery;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The projects a caller may see: staff those of their own subtree (drafts too) and the published
 * projects of the bureaus above them; a proposing unit also its own proposals, drafts too (an
 * institution, which sees nothing of the tree, only those). Teachers see their catalogue elsewhere.
 */
@Stateless
@PermitAll
public class ProjectCatalogue {

    @Inject
    ProjectRepository projects;

    @Inject
    CurrentCaller caller;

    @Inject
    ProposingUnits proposers;

    public List<TrainingProject> search(ProjectQuery query, int first, int max) {
        DataScope scope = caller.scope();
        if (scope.kind() != DataScope.Kind.SUBTREE) {
            String unit = proposerPath();
            return unit == null
                    ? List.of()
                    : projects.searchProposedBy(
                            unit, proposers.leadAccountOf(caller.get()), query, first, Math.min(max, 500));
        }
        return projects.search(scope, query, first, Math.min(max, 500));
    }

    public long count(ProjectQuery query) {
        DataScope scope = caller.scope();
        if (scope.kind() != DataScope.Kind.SUBTREE) {
            String unit = proposerPath();
            return unit == null ? 0 : projects.countProposedBy(unit, proposers.leadAccountOf(caller.get()), query);
        }
        return projects.count(scope, query);
    }

    /** An institution's staff and leads see the projects their institution proposed. */
    private String proposerPath() {
        Caller me = caller.get();
        return ProposingUnits.proposerRoles(me) ? me.organisationPath() : null;
    }
}
