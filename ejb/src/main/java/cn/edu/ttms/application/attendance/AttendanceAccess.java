package cn.edu.ttms.application.attendance;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.scope.ProjectReaders;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.attendance.AttendanceRefused;
import cn.edu.ttms.domain.model.attendance.AttendanceRepository;
import cn.edu.ttms.domain.model.attendance.AttendanceSession;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who runs a project's attendance, for {@link Attendance} and {@link AttendanceQueries}: the project's
 * lead, the staff of its host institution, and the staff of the owning bureau or a bureau above it (and
 * administrators). Someone who sees the project but is none of these is refused (403); anyone else finds
 * no such project (404).
 */
@ApplicationScoped
public class AttendanceAccess {

    @Inject
    AttendanceRepository attendance;

    @Inject
    ProjectRepository projects;

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CurrentCaller caller;

    /** The project, when the caller runs its attendance; 403 for someone who merely sees it, else 404. */
    TrainingProject runnable(long projectId) {
        Caller me = caller.get();
        TrainingProject project =
                projects.find(projectId).orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        if (mayRun(me, project)) {
            return project;
        }
        if (me.scope().kind() == DataScope.Kind.SUBTREE && project.visibleTo(me.organisationPath())) {
            throw AttendanceRefused.notAllowed();
        }
        throw new RecordNotFound("TrainingProject", projectId);
    }

    /** A session of a project whose attendance the caller runs; any other is not found. */
    AttendanceSession runnableSession(long sessionId) {
        Caller me = caller.get();
        return attendance
                .findSession(sessionId)
                .filter(s ->
                        projects.find(s.projectId()).map(p -> mayRun(me, p)).orElse(false))
                .orElseThrow(() -> new RecordNotFound("AttendanceSession", sessionId));
    }

    boolean mayRun(Caller me, TrainingProject project) {
        if (me.holds(Role.ADMIN)) {
            return true;
        }
        if (me.holds(Role.BUREAU_STAFF) && me.scope().includesPath(project.ownerPath())) {
            return true;
        }
        if (me.holds(Role.PROJECT_LEAD) && isLead(me, project)) {
            return true;
        }
        return me.holds(Role.INSTITUTION_STAFF) && isHost(me, project);
    }

    boolean isLead(Caller me, TrainingProject project) {
        return project.leadId() != null && project.leadId() == accountId(me);
    }

    /** Whether the caller works at the project's host institution (or a unit under it). */
    boolean isHost(Caller me, TrainingProject project) {
        return ProjectReaders.atHost(organisations, me, project);
    }

    long accountId(Caller me) {
        return accounts.findByUsername(me.username()).map(UserAccount::id).orElse(-1L);
    }
}
