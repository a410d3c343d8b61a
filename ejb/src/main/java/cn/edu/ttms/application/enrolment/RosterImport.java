package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentChannel;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRefused;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Upload of a roster (参培学员名单, workflow.md §2): each row is matched to the registry by identity
 * number ({@link RosterSheets}) and nominated under the rules of {@link Enrolments#nominate}, so that
 * capacity, quota, a second enrolment and a clash refuse a row with the rule's own message.
 *
 * <p>Who may upload: the host institution's staff, for teachers anywhere in the project owner's
 * subtree; bureau and school staff who see the project, for teachers of their own subtree.
 *
 * <p>All or nothing by default: one transaction, rolled back whole if any row has a problem. With
 * {@code validRowsOnly} the matching rows that the rules accept are kept. A preview takes no seat and
 * writes nothing: it reads the seats left once and counts them down.
 */
@Stateless
@RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN", "PROJECT_LEAD", "INSTITUTION_STAFF"})
public class RosterImport {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    ProjectRepository projects;

    @Inject
    TeacherRepository teachers;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    RosterSheets sheets;

    /** What an upload would do; nothing is written. */
    public RosterImportReport preview(long projectId, byte[] file, String fileName) {
        return run(projectId, file, fileName, true, false);
    }

    /**
     * Enrols the sheet's teachers.
     *
     * @throws RosterImportRefused when any row has a problem and {@code validRowsOnly} is false: nobody is enrolled
     */
    public RosterImportReport importRoster(long projectId, byte[] file, String fileName, boolean validRowsOnly) {
        try {
            return run(projectId, file, fileName, false, validRowsOnly);
        } catch (DomainException refused) {
            audit.importRefused("TrainingProject", projectId, caller.get().organisationPath(), fileName, refused);
            throw refused;
        }
    }

    private RosterImportReport run(
            long projectId, byte[] file, String fileName, boolean dryRun, boolean validRowsOnly) {
        Caller me = caller.get();
        EnrolmentRules rules = new EnrolmentRules(enrolments, projects, organisations);
        TrainingProject project =
                projects.find(projectId).orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        boolean host = rules.isHost(me, project);
        boolean staff = (me.holds(Role.ADMIN) || me.holds(Role.BUREAU_STAFF) || me.holds(Role.SCHOOL_ADMIN))
                && me.scope().kind() == DataScope.Kind.SUBTREE
                && project.visibleTo(me.organisationPath());
        if (!host && !staff) {
            throw new RecordNotFound("TrainingProject", projectId);
        }
        if (project.status() != ProjectStatus.ENROLLING) {
            throw EnrolmentRefused.notOpen(project.status()); // the same for every row: say it once
        }
        Predicate<String> mayEnrol = path -> host && path.startsWith(project.ownerPath())
                || staff && me.scope().includesPath(path);
        RosterSheetResult sheet = sheets.read(file, fileName, this::registeredAmong, mayEnrol);

        // Seats are taken only when the rows are kept; otherwise counted (a preview, or a file already refused).
        boolean write = !dryRun && (validRowsOnly || !sheet.hasProblems());
        EnrolmentRules.SeatCount count = rules.seatCount(project);
        List<ImportProblem> problems = new ArrayList<>(sheet.problems());
        int enrolled = 0;
        for (RosterMatch match : sheet.matches()) {
            Enrolment e;
            try {
                Teacher teacher = teachers.find(match.teacherId(), DataScope.subtree(match.unitPath()))
                        .orElseThrow(() -> new RecordNotFound("Teacher", match.teacherId()));
                e = rules.admit(project, teacher, EnrolmentChannel.NOMINATED, me.username());
                if (write) {
                    rules.takeSeats(project, e.quotaUnitId());
                } else {
                    count.take(e.quotaUnitId());
                }
            } catch (EnrolmentRefused refused) {
                problems.add(ImportProblem.of(
                        match.row(), "", refused.messageKey(), refused.args().toArray()));
                continue;
            }
            if (write) {
                try {
                    enrolments.store(e);
                } catch (PersistenceException raced) {
                    // the same teacher nominated meanwhile: the transaction is spoilt, refuse the upload whole
                    throw EnrolmentRefused.already(e.status());
                }
            }
            enrolled++;
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row)); // stable: a row's own order stays
        int read = sheet.dataRowsRead();
        int matched = sheet.matches().size();
        if (dryRun) {
            return new RosterImportReport(read, matched, 0, problems);
        }
        if (!problems.isEmpty() && !validRowsOnly) {
            throw new RosterImportRefused(new RosterImportReport(read, matched, 0, problems)); // rolls back
        }
        audit.record(
                AuditAction.IMPORT,
                "TrainingProject",
                projectId,
                project.ownerPath(),
                fileName + ": " + enrolled + " enrolled of " + read + " rows"
                        + (validRowsOnly ? ", valid rows only" : ""));
        return new RosterImportReport(read, matched, enrolled, problems);
    }

    /** The registered teachers among these numbers, anywhere: the scope is judged by the sheet ({@link RosterSheets}). */
    private Map<String, RegisteredTeacher> registeredAmong(Collection<String> identityNumbers) {
        Map<String, RegisteredTeacher> found = new HashMap<>();
        teachers.registrationsAmong(identityNumbers)
                .forEach((number, r) -> found.put(number, new RegisteredTeacher(r.id(), r.name(), r.schoolPath())));
        return found;
    }
}
