package cn.edu.ttms.application.teacher;

import cn.edu.ttms.application.account.AccountChanged;
import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.audit.ConcurrentChanges;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.TeacherAccountRepository;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherProfile;
import cn.edu.ttms.domain.model.teacher.TeacherQuery;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.metrics.annotation.Timed;

/**
 * The teacher registry's use cases for staff (and a teacher's view of their own record). The
 * caller's scope is applied by the repository on every read; writes check it before they load.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
public class TeacherRegistry {

    public static final int MAX_PAGE = 500;

    @Inject
    TeacherRepository teachers;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    ConcurrentChanges changes;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TeacherAccountRepository teacherAccounts;

    @Inject
    Event<AccountChanged> accountChanged;

    @Inject
    cn.edu.ttms.application.statistics.ComplianceStandings standings;

    /** One page and the total (the API); timed here because calls inside the bean bypass interceptors. */
    @Timed(name = "teacherRegistry.search", absolute = true, description = "a page and its total, at the service call")
    public TeacherPage search(TeacherQuery query, int first, int size) {
        return new TeacherPage(list(query, first, size), count(query));
    }

    @Timed(
            name = "teacherRegistry.list",
            absolute = true,
            description = "one page of the registry, at the service call")
    public List<TeacherSummary> list(TeacherQuery query, int first, int size) {
        int max = Math.max(1, Math.min(size, MAX_PAGE));
        return teachers.search(query, caller.scope(), Math.max(0, first), max).stream()
                .map(TeacherSummary::of)
                .toList();
    }

    @Timed(
            name = "teacherRegistry.count",
            absolute = true,
            description = "the registry's match count, at the service call")
    public long count(TeacherQuery query) {
        return teachers.count(query, caller.scope());
    }

    /** A record; staff looking at someone's personal data is recorded so that the teacher can see it. */
    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN", "TEACHER"})
    public TeacherDetails details(long id) {
        Teacher teacher = load(id);
        if (!teacher.id().equals(caller.get().teacherId())) {
            audit.record(AuditAction.VIEW, "Teacher", id, teacher.schoolPath(), null);
        }
        return TeacherDetails.of(teacher, teachers.moves(teacher));
    }

    public long register(String identityNumber, long schoolId, TeacherProfile profile) {
        IdentityNumber number = IdentityNumber.of(identityNumber);
        if (!teachers.registeredAmong(Set.of(number.value())).isEmpty()) {
            throw new Invalid("error.teacher.duplicateIdentityNumber", "already registered", number.masked());
        }
        Teacher teacher = new Teacher(number, school(schoolId), profile);
        long id = teachers.store(teacher).id();
        standings.refresh(id); // counted in the compliance statistics from now on (issue 19)
        return id;
    }

    /** Staff correct a record read at {@code expectedVersion}; a record saved meanwhile is not overwritten. */
    public long correct(long id, long expectedVersion, TeacherProfile profile) {
        Teacher teacher = load(id);
        if (teacher.version() != expectedVersion) {
            throw changes.describe("Teacher", id);
        }
        teacher.correct(profile);
        standings.refresh(id); // stage, subject and designations are what the statistics group by
        return expectedVersion + 1;
    }

    /**
     * Moves the teacher; their account moves with them (same username and password), and leaves a
     * sheet of the old school that was not fetched yet: the new school's next sheet carries it.
     */
    public void moveToSchool(long id, long schoolId, LocalDate on) {
        Teacher teacher = load(id);
        Organisation school = school(schoolId);
        teachers.storeMove(teacher.moveTo(school, on, caller.get().username()));
        standings.refresh(id); // counted under the new school (and perhaps another policy) from now on
        for (UserAccount account : accounts.ofTeacher(id)) {
            if (account.holds(Role.TEACHER) && !account.organisation().id().equals(school.id())) {
                teacherAccounts.leaveUnfetchedSheet(account.id());
                account.moveTo(school); // recorded by the audit trail as the account's change of unit
                audit.record(
                        AuditAction.UPDATE,
                        "UserAccount",
                        account.id(),
                        school.path(),
                        "account of teacher " + id + " moved with the teacher to " + school.name());
                accountChanged.fire(new AccountChanged(account.username()));
            }
        }
    }

    private Teacher load(long id) {
        return teachers.find(id, caller.scope()).orElseThrow(() -> new RecordNotFound("Teacher", id));
    }

    private Organisation school(long schoolId) {
        return organisations
                .find(schoolId, caller.scope())
                .filter(o -> o.kind() == OrganisationKind.SCHOOL)
                .orElseThrow(() -> new Invalid("error.teacher.notASchool", "not a school in scope", schoolId));
    }
}
