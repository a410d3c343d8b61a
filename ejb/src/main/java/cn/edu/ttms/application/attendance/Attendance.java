package cn.edu.ttms.application.attendance;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.attendance.AttendanceRecord;
import cn.edu.ttms.domain.model.attendance.AttendanceRefused;
import cn.edu.ttms.domain.model.attendance.AttendanceRepository;
import cn.edu.ttms.domain.model.attendance.AttendanceSession;
import cn.edu.ttms.domain.model.attendance.AttendanceToken;
import cn.edu.ttms.domain.model.attendance.StageHours;
import cn.edu.ttms.domain.model.attendance.TokenSecret;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
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
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
 * Attendance (issue "Enrolment, rosters and attendance", item 6). The class adviser opens a session of
 * a stage and shows its QR code, a signed token that expires ({@link AttendanceToken}); an enrolled
 * teacher signs in by scanning it while signed in; the adviser marks a trainee by hand, with a reason.
 * The hours a trainee attended per stage ({@link #sheet}) are what the project's results read.
 *
 * <p>Who runs attendance: the project's lead, the staff of its host institution, and the staff of the
 * owning bureau or a bureau above it (and administrators). Someone who sees the project but is none of
 * these is refused (403); anyone else finds no such project (404).
 */
@Stateless
public class Attendance {

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
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CurrentCaller caller;

    @Inject
    TokenSecret secret;

    Clock clock = Clock.systemUTC();

    /** Opens a session of a stage of a project that is enrolling or in progress, without times of day. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public SessionView openSession(long projectId, int stageNo, LocalDate date, BigDecimal hours) {
        return openSession(projectId, stageNo, date, hours, null, null);
    }

    /** Opens a session, optionally from {@code startsAt} to {@code endsAt} that day. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public SessionView openSession(long projectId, int stageNo, LocalDate date, BigDecimal hours, LocalTime startsAt,
            LocalTime endsAt) {
        TrainingProject project = runnable(projectId);
        AttendanceSession session = attendance.store(new AttendanceSession(project, stageNo, date, hours, startsAt,
                endsAt, caller.get().username(), Instant.now()));
        return SessionView.of(session, project.name(), 0, true);
    }

    /** A fresh code for a session's QR code, good for {@link AttendanceToken#LIFETIME}. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public IssuedToken token(long sessionId) {
        AttendanceSession session = runnableSession(sessionId);
        TrainingProject project = projects.find(session.projectId()).orElseThrow();
        if (!AttendanceSession.RUNNING.contains(project.status())) {
            throw AttendanceRefused.notRunning(project.status());
        }
        AttendanceToken token = AttendanceToken.issue(session.id(), clock);
        return new IssuedToken(session.id(), token.sign(secret.bytes()), token.expiresAt());
    }

    /**
     * The signed-in teacher scanned a session's code: recorded once; scanning again finds the same record.
     *
     * @throws AttendanceRefused a forged or expired code, or a teacher not enrolled in the project
     */
    @RolesAllowed("TEACHER")
    public AttendanceEntry scan(String token) {
        AttendanceToken read = AttendanceToken.verify(token, secret.bytes(), clock);
        AttendanceSession session = attendance.findSession(read.sessionId()).orElseThrow(AttendanceRefused::badToken);
        TrainingProject project = projects.find(session.projectId()).orElseThrow(AttendanceRefused::badToken);
        Caller me = caller.get();
        Enrolment trainee = Optional.ofNullable(me.teacherId()).flatMap(t -> enrolments.find(project.id(), t))
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED)
                .orElseThrow(() -> AttendanceRefused.notEnrolled(project.name()));
        Optional<AttendanceRecord> earlier = attendance.find(session.id(), trainee.teacherId());
        if (earlier.isPresent()) {
            return entry(session, project, earlier.get(), false);
        }
        if (!AttendanceSession.RUNNING.contains(project.status())) {
            throw AttendanceRefused.notRunning(project.status());
        }
        return record(session, project, AttendanceRecord.scanned(session, trainee, me.username(), Instant.now()));
    }

    /**
     * The adviser marks an enrolled trainee present by hand, with a reason (no phone, a code that would
     * not scan…). A trainee already recorded stays as recorded.
     */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public AttendanceEntry mark(long sessionId, long teacherId, String reason) {
        AttendanceSession session = runnableSession(sessionId);
        TrainingProject project = projects.find(session.projectId()).orElseThrow();
        if (reason == null || reason.isBlank()) {
            throw AttendanceRefused.reasonNeeded();
        }
        if (!AttendanceSession.RUNNING.contains(project.status())) {
            throw AttendanceRefused.notRunning(project.status());
        }
        Enrolment trainee = enrolments.find(project.id(), teacherId).filter(e -> e.status() == EnrolmentStatus.ENROLLED)
                .orElseThrow(AttendanceRefused::notTrainee);
        Optional<AttendanceRecord> earlier = attendance.find(session.id(), teacherId);
        if (earlier.isPresent()) {
            return entry(session, project, earlier.get(), false);
        }
        return record(session, project,
                AttendanceRecord.marked(session, trainee, reason, caller.get().username(), Instant.now()));
    }

    /** The project's sessions, with how many attended each. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public List<SessionView> sessions(long projectId) {
        TrainingProject project = runnable(projectId);
        Map<Long, Long> attended = attendance.attendedBySession(projectId);
        boolean running = AttendanceSession.RUNNING.contains(project.status());
        return attendance.sessions(projectId).stream()
                .map(s -> SessionView.of(s, project.name(), attended.getOrDefault(s.id(), 0L), running)).toList();
    }

    /** One session for its adviser: who attended, and the enrolled trainees who have not yet. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public SessionSheet session(long sessionId) {
        AttendanceSession session = runnableSession(sessionId);
        TrainingProject project = projects.find(session.projectId()).orElseThrow();
        List<SessionSheet.Present> present = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<AttendanceRecord> records = attendance.ofSession(sessionId);
        List<Enrolment> trainees = enrolled(project.id(), DataScope.everything());
        List<Long> ids = new ArrayList<>(records.stream().map(AttendanceRecord::teacherId).toList());
        trainees.forEach(e -> ids.add(e.teacherId()));
        var byId = teachers.byIds(ids);
        for (AttendanceRecord r : records) {
            seen.add(r.teacherId());
            Optional<Teacher> t = Optional.ofNullable(byId.get(r.teacherId()));
            present.add(new SessionSheet.Present(r.teacherId(), t.map(Teacher::name).orElse("#" + r.teacherId()),
                    t.map(x -> x.school().name()).orElse(""), r.how(), r.reason(), r.recordedAt(), r.recordedBy()));
        }
        List<SessionSheet.Trainee> absent = new ArrayList<>();
        for (Enrolment e : trainees) {
            Teacher t = byId.get(e.teacherId());
            if (!seen.contains(e.teacherId()) && t != null) {
                absent.add(new SessionSheet.Trainee(t.id(), t.name(), t.school().name()));
            }
        }
        SessionView view = SessionView.of(session, project.name(), present.size(),
                AttendanceSession.RUNNING.contains(project.status()));
        return new SessionSheet(view, present, absent);
    }

    /**
     * The hours each trainee the caller may see attended per stage, with each stage's sessions and hours:
     * the project's lead and host institution see every trainee, bureau and school staff those of their
     * subtree (as the roster).
     */
    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN", "PROJECT_LEAD",
            "INSTITUTION_STAFF"})
    public HoursSheet sheet(long projectId) {
        Caller me = caller.get();
        TrainingProject project = projects.find(projectId).orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        DataScope scope;
        if (isLead(me, project) || isHost(me, project)) {
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
                .map(st -> new HoursSheet.StageTotal(st.getKey(), st.getValue(), offered.get(st.getKey()))).toList();
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
            trainees.add(new HoursSheet.TraineeHours(e.teacherId(), e.id(), t.map(Teacher::name).orElse("#" + e.teacherId()),
                    t.map(x -> x.school().name()).orElse(""), new LinkedHashMap<>(byStage), total));
        }
        return new HoursSheet(projectId, project.name(), project.status(), stages, trainees);
    }

    /** The projects, enrolling or in progress, whose attendance the caller runs; newest first. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public List<RunnableProject> runnableProjects() {
        Caller me = caller.get();
        Map<Long, TrainingProject> found = new LinkedHashMap<>();
        List<Long> hosts = me.holds(Role.INSTITUTION_STAFF) ? unitsOnPath(me.organisationPath()) : List.of();
        long lead = me.holds(Role.PROJECT_LEAD) ? accountId(me) : -1L;
        if (lead > 0 || !hosts.isEmpty()) {
            attendance.runBy(lead, hosts, AttendanceSession.RUNNING).forEach(p -> found.putIfAbsent(p.id(), p));
        }
        if (me.holds(Role.ADMIN) || me.holds(Role.BUREAU_STAFF)) {
            for (ProjectStatus status : AttendanceSession.RUNNING) {
                projects.search(me.scope(), ProjectQuery.of(null, null, status), 0, 200).stream()
                        .filter(p -> mayRun(me, p)).forEach(p -> found.putIfAbsent(p.id(), p));
            }
        }
        return found.values().stream().sorted((a, b) -> Long.compare(b.id(), a.id()))
                .map(p -> new RunnableProject(p.id(), p.name(), p.year(), p.status())).toList();
    }

    /** Whether the caller runs the project's attendance (for the project page); false for an unknown project. */
    @PermitAll
    public boolean mayRun(long projectId) {
        return projects.find(projectId).map(p -> mayRun(caller.get(), p)).orElse(false);
    }

    private AttendanceEntry record(AttendanceSession session, TrainingProject project, AttendanceRecord record) {
        try {
            attendance.store(record);
        } catch (PersistenceException raced) {
            throw AttendanceRefused.already(); // recorded by a second request at the same moment: that one stands
        }
        return entry(session, project, record, true);
    }

    private static AttendanceEntry entry(AttendanceSession s, TrainingProject p, AttendanceRecord r, boolean created) {
        return new AttendanceEntry(s.id(), p.id(), p.name(), s.stageNo(), s.date(), s.hours(), r.teacherId(),
                r.enrolmentId(), r.how(), r.reason(), r.recordedAt(), r.recordedBy(), created);
    }

    /** The project, when the caller runs its attendance; 403 for someone who merely sees it, else 404. */
    private TrainingProject runnable(long projectId) {
        Caller me = caller.get();
        TrainingProject project = projects.find(projectId)
                .orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        if (mayRun(me, project)) {
            return project;
        }
        if (me.scope().kind() == DataScope.Kind.SUBTREE && project.visibleTo(me.organisationPath())) {
            throw AttendanceRefused.notAllowed();
        }
        throw new RecordNotFound("TrainingProject", projectId);
    }

    /** A session of a project whose attendance the caller runs; any other is not found. */
    private AttendanceSession runnableSession(long sessionId) {
        Caller me = caller.get();
        return attendance.findSession(sessionId)
                .filter(s -> projects.find(s.projectId()).map(p -> mayRun(me, p)).orElse(false))
                .orElseThrow(() -> new RecordNotFound("AttendanceSession", sessionId));
    }

    private boolean mayRun(Caller me, TrainingProject project) {
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

    private boolean isLead(Caller me, TrainingProject project) {
        return project.leadId() != null && project.leadId() == accountId(me);
    }

    /** Whether the caller works at the project's host institution (or a unit under it). */
    private boolean isHost(Caller me, TrainingProject project) {
        return project.hostId() != null && organisations.find(project.hostId())
                .map(h -> me.organisationPath().startsWith(h.path())).orElse(false);
    }

    private long accountId(Caller me) {
        return accounts.findByUsername(me.username()).map(UserAccount::id).orElse(-1L);
    }

    /** The caller's unit and the units above it, from the materialised path {@code /1/4/9/}. */
    private static List<Long> unitsOnPath(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
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
