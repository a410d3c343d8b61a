package cn.edu.ttms.application.scope;

import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.RecordNotFound;

/**
 * Who reads a project's trainees (its roster, its attendance, its certificates): the staff of its host
 * institution all of them, wherever they come from, and bureau and school staff those of their own subtree
 * in a project they see. Written once here; result batches have a stricter rule of their own (only the host
 * unit itself enters results: {@code BatchAccess}).
 */
public final class ProjectReaders {

    private ProjectReaders() {}

    /** Whether the caller works at the project's host institution or a unit under it. */
    public static boolean atHost(OrganisationRepository organisations, Caller me, TrainingProject project) {
        return project.hostId() != null
                && organisations
                        .find(project.hostId())
                        .map(h -> me.organisationPath().startsWith(h.path()))
                        .orElse(false);
    }

    /**
     * The trainees the caller may see: everyone for the host, the caller's subtree for staff who see the
     * project.
     *
     * @throws RecordNotFound for anyone else, as for a project that does not exist
     */
    public static DataScope trainees(OrganisationRepository organisations, Caller me, TrainingProject project) {
        if (atHost(organisations, me, project)) {
            return DataScope.everything();
        }
        if (me.scope().kind() == DataScope.Kind.SUBTREE && project.visibleTo(me.organisationPath())) {
            return me.scope();
        }
        throw new RecordNotFound("TrainingProject", project.id());
    }
}
