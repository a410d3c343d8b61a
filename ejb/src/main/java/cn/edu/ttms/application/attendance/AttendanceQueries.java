package cn.edu.ttms.application.attendance;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.attendance.AttendanceRecord;
import cn.edu.ttms.domain.model.attendance.AttendanceRepository;
import cn.edu.ttms.domain.model.attendance.AttendanceSession;
import cn.edu.ttms.domain.model.attendance.StageHours;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.project.ProjectQuery;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What attendance recorded: a project's sessions, who attended one, and the hours each trainee attended
 * per stage ({@link #sheet}), which the project's results read. Read-only; the changes are
 * {@link Attendance}'s.
 */
@Stateless
public class AttendanceQueries {

    /** Pages of the roster read at once when every trainee is needed. */
    private static final int ROSTER_PAGE = 500;

    @Inject
    AttendanceRepository attendance;

    @Inject
    ProjectRepository projects;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    TeacherRepository teachers;

    @Inject
    AttendanceAccess access;

    @Inject
    CurrentCaller caller;

    /** The project's sessions, with how many attended each. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public List<SessionView> sessions(long projectId) {
        TrainingProject project = access.runnable(projectId);
        Map<Long, Long> attended = attendance.attendedBySession(projectId);
        boolean running = AttendanceSession.RUNNING.contains(project.status());
        return attendance.sessions(projectId).stream()
                .map(s -> SessionView.of(s, project.name(), attended.getOrDefault(s.id(), 0L), running))
                .toList();
    }

    /** One session for its adviser: who attended, and the enrolled trainees who have not yet. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public SessionSheet session(long sessionId) {
        AttendanceSession session = access.runnableSession(sessionId);
        TrainingProject project = projects.find(session.projectId()).orElseThrow();
        List<SessionSheet.Present> present = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<AttendanceRecord> records = attendance.ofSession(sessionId);
        List<Enrolment> trainees = enrolled(project.id(), DataScope.everything());
        List<Long> ids = new ArrayList<>(
                records.stream().map(AttendanceRecord::teacherId).toList());
        trainees.forEach(e -> ids.add(e.teacherId()));
        var byId = teachers.byIds(ids);
        for (AttendanceRecord r : records) {
            seen.add(r.teacherId());
            Optional<Teacher> t = Optional.ofNullable(byId.get(r.teacherId()));
            present.add(new SessionSheet.Present(
                    r.teacherId(),
                    t.map(Teacher::name).orElse("#" + r.teacherId()),
                    t.map(x -> x.school().name()).orElse(""),
                    r.how(),
                    r.reason(),
                    r.recordedAt(),
                    r.recordedBy()));
        }
        List<SessionSheet.Trainee> absent = new ArrayList<>();
        for (Enrolment e : trainees) {
            Teacher t = byId.get(e.teacherId());
            if (!seen.contains(e.teacherId()) && t != null) {
                absent.add(new SessionSheet.Trainee(t.id(), t.name(), t.school().name()));
            }
        }
        SessionView view = SessionView.of(
                session, project.name(), present.size(), AttendanceSession.RUNNING.contains(project.status()));
        return new SessionSheet(view, present, absent);
    }

    /**
     * The hours each trainee the caller may see attended per stage, with each stage's sessions and hours:
     * the project's lead and host institution see every trainee, bureau and school staff those of their
     * subtree (as the roster).
     */
    @RolesAllowed({
        "ADMIN",
        "PROVINCE_OFFICER",
        "BUREAU_STAFF",
        "BUREAU_REVIEWER",
        "SCHOOL_ADMIN",
        "PROJECT_LEAD",
        "INSTITUTION_STAFF"
    })
    public HoursSheet sheet(long projectId) {
        Caller me = caller.get();
        TrainingProject project =
                projects.find(projectId).orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        DataScope scope;
        if (access.isLead(me, project) || access.isHost(me, project)) {
            scope = DataScope.everything();
        } else if (me.scope().kind() == DataScope.Kind.SUBTREE && project.visibleTo(me.organisationPath())) {
            scope = me.scope();
        } else {
            throw new RecordNotFound("TrainingProject", projectId);
        }
        Map<Integer, Integer> sessions = new TreeMap<>();
        Map<Integer, BigDecimal> offered = new TreeMap<>();
        for (ProjectStage st : project.stages()) {
            sessions.put(st.stageNo(), 0);
            offered.put(st.stageNo(), BigDecimal.ZERO.setScale(1));
        }
        for (AttendanceSession s : attendance.sessions(projectId)) {
            sessions.merge(s.stageNo(), 1, Integer::sum);
            offered.merge(s.stageNo(), s.hours(), BigDecimal::add);
        }
        List<HoursSheet.StageTotal> stages = sessions.entrySet().stream()
                .map(st -> new HoursSheet.StageTotal(st.getKey(), st.getValue(), offered.get(st.getKey())))
                .toList();
        Map<Long, Map<Integer, BigDecimal>> attended = new HashMap<>();
        for (StageHours h : attendance.hoursAttended(projectId)) {
            attended.computeIfAbsent(h.teacherId(), t -> new TreeMap<>()).put(h.stageNo(), h.hours());
        }
        List<HoursSheet.TraineeHours> trainees = new ArrayList<>();
        List<Enrolment> inScope = enrolled(projectId, scope);
        var byId = teachers.byIds(inScope.stream().map(Enrolment::teacherId).toList());
        for (Enrolment e : inScope) {
            Optional<Teacher> t = Optional.ofNullable(byId.get(e.teacherId()));
            Map<Integer, BigDecimal> byStage = attended.getOrDefault(e.teacherId(), Map.of());
            BigDecimal total = byStage.values().stream().reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
            trainees.add(new HoursSheet.TraineeHours(
                    e.teacherId(),
                    e.id(),
                    t.map(Teacher::name).orElse("#" + e.teacherId()),
                    t.map(x -> x.school().name()).orElse(""),
                    new LinkedHashMap<>(byStage),
                    total));
        }
        return new HoursSheet(projectId, project.name(), project.status(), stages, trainees);
    }

    /** The projects, enrolling or in progress, whose attendance the caller runs; newest first. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public List<RunnableProject> runnableProjects() {
        Caller me = caller.get();
        Map<Long, TrainingProject> found = new LinkedHashMap<>();
        List<Long> hosts = me.holds(Role.INSTITUTION_STAFF) ? unitsOnPath(me.organisationPath()) : List.of();
        long lead = me.holds(Role.PROJECT_LEAD) ? access.accountId(me) : -1L;
        if (lead > 0 || !hosts.isEmpty()) {
            attendance.runBy(lead, hosts, AttendanceSession.RUNNING).forEach(p -> found.putIfAbsent(p.id(), p));
        }
        if (me.holds(Role.ADMIN) || me.holds(Role.BUREAU_STAFF)) {
            for (ProjectStatus status : AttendanceSession.RUNNING) {
                projects.search(me.scope(), ProjectQuery.of(null, null, status), 0, 200).stream()
                        .filter(p -> access.mayRun(me, p))
                        .forEach(p -> found.putIfAbsent(p.id(), p));
            }
        }
        return found.values().stream()
                .sorted((a, b) -> Long.compare(b.id(), a.id()))
                .map(p -> new RunnableProject(p.id(), p.name(), p.year(), p.status()))
                .toList();
    }

    /** Whether the caller runs the project's attendance (for the project page); false for an unknown project. */
    @PermitAll
    public boolean mayRun(long projectId) {
        return projects.find(projectId).map(p -> access.mayRun(caller.get(), p)).orElse(false);
    }

    /** The caller's unit and the units above it, from the materialised path {@code /1/4/9/}. */
    private static List<Long> unitsOnPath(String path) {
        return Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .toList();
    }

    /** Every enrolled trainee of the project in {@code scope}, a page of the roster at a time. */
    private List<Enrolment> enrolled(long projectId, DataScope scope) {
        List<Enrolment> all = new ArrayList<>();
        for (int first = 0; ; first += ROSTER_PAGE) {
            List<Enrolment> page = enrolments.roster(projectId, scope, first, ROSTER_PAGE);
            all.addAll(page);
            if (page.size() < ROSTER_PAGE) {
                return all;
            }
        }
    }
}
