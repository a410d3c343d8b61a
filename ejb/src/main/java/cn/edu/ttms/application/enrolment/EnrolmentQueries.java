package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the enrolment pages read: a teacher's catalogue of self-selected projects and their own
 * enrolments, and the applications waiting for staff. Read-only; the changes are {@link Enrolments}'.
 */
@Stateless
public class EnrolmentQueries {

    private static final int MAX_PAGE = 500;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    ProjectRepository projects;

    @Inject
    TeacherRepository teachers;

    @Inject
    CurrentCaller caller;

    /** Self-selected projects, published or enrolling, that the teacher's school may see; the earliest first. */
    @RolesAllowed("TEACHER")
    public List<OpenProject> openToMe() {
        Optional<Teacher> me = signedInTeacher();
        if (me.isEmpty()) {
            return List.of();
        }
        String school = me.get().schoolPath();
        Map<Long, Enrolment> mine = enrolments.ofTeacher(me.get().id()).stream()
                .collect(Collectors.toMap(Enrolment::projectId, Function.identity(), (a, b) -> a));
        return enrolments.selfSelectedOpenTo(school).stream()
                .filter(p -> p.visibleTo(school))
                .map(p -> OpenProject.of(
                        p,
                        enrolments
                                .seatsLeft(p.id(), EnrolmentRepository.WHOLE_PROJECT)
                                .orElse(p.capacity()),
                        mine.get(p.id())))
                .sorted(Comparator.comparing(OpenProject::startsOn, Comparator.nullsLast(LocalDate::compareTo))
                        .thenComparing(OpenProject::id))
                .toList();
    }

    /** The signed-in teacher's enrolments, newest first. */
    @RolesAllowed("TEACHER")
    public List<MyEnrolment> mine() {
        Optional<Teacher> me = signedInTeacher();
        if (me.isEmpty()) {
            return List.of();
        }
        return enrolments.ofTeacher(me.get().id()).stream()
                .map(e -> {
                    TrainingProject p = projects.find(e.projectId()).orElse(null);
                    if (p == null) {
                        return null;
                    }
                    boolean early = p.status() == ProjectStatus.ENROLLING || p.status() == ProjectStatus.PUBLISHED;
                    return new MyEnrolment(
                            e.id(),
                            p.id(),
                            p.name(),
                            p.level(),
                            OpenProject.firstDay(p),
                            OpenProject.lastDay(p),
                            e.channel(),
                            e.status(),
                            e.reason(),
                            e.createdAt(),
                            early && e.status().active());
                })
                .filter(Objects::nonNull)
                .toList();
    }

    /** Applications waiting for approval of teachers in the caller's subtree, oldest first. */
    /** Which approval the application waits for: a key of the web bundle, for the pending list. */
    private static String step(TrainingProject p, cn.edu.ttms.domain.model.enrolment.Enrolment e) {
        if (p.approvalChain() != cn.edu.ttms.domain.model.project.ApprovalChain.SCHOOL_THEN_COUNTY) {
            return "pending.step.any";
        }
        return e.schoolApproved() ? "pending.step.county" : "pending.step.school";
    }

    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN"})
    public List<PendingApplication> pending(int first, int max) {
        DataScope scope = subtree();
        if (scope == null) {
            return List.of();
        }
        var page = enrolments.inStatus(
                scope, EnrolmentStatus.PENDING_APPROVAL, Math.max(0, first), Math.max(1, Math.min(max, MAX_PAGE)));
        var byId = teachers.byIds(page.stream().map(e -> e.teacherId()).toList());
        return page.stream()
                .map(e -> {
                    Teacher t = byId.get(e.teacherId());
                    TrainingProject p = projects.find(e.projectId()).orElse(null);
                    if (t == null || p == null) {
                        return null;
                    }
                    return new PendingApplication(
                            e.id(),
                            t.id(),
                            t.name(),
                            t.school().name(),
                            t.subject(),
                            p.id(),
                            p.name(),
                            p.level(),
                            OpenProject.firstDay(p),
                            OpenProject.lastDay(p),
                            e.createdAt(),
                            step(p, e));
                })
                .filter(Objects::nonNull)
                .toList();
    }

    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN"})
    public long countPending() {
        DataScope scope = subtree();
        return scope == null ? 0 : enrolments.countInStatus(scope, EnrolmentStatus.PENDING_APPROVAL);
    }

    private DataScope subtree() {
        DataScope scope = caller.scope();
        return scope.kind() == DataScope.Kind.SUBTREE ? scope : null;
    }

    private Optional<Teacher> signedInTeacher() {
        Caller me = caller.get();
        return me.teacherId() == null ? Optional.empty() : teachers.find(me.teacherId(), me.scope());
    }
}
