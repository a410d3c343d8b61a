package cn.edu.ttms.domain.model.attendance;

import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One session of a stage of a project on a date (a morning's lectures, a day of practice), worth
 * {@code hours} to everyone who attends it. The class adviser opens it and shows its QR code; the
 * trainees sign in by scanning it ({@link AttendanceRecord}).
 */
@Entity
@Table(name = "attendance_session")
public class AttendanceSession implements Audited {

    /** A session is held while the project is enrolling (a preparatory meeting) or in progress. */
    public static final Set<ProjectStatus> RUNNING =
            Collections.unmodifiableSet(EnumSet.of(ProjectStatus.ENROLLING, ProjectStatus.IN_PROGRESS));

    private static final BigDecimal MAX_HOURS = new BigDecimal("24");

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "stage_no", nullable = false)
    private int stageNo;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    @Column(nullable = false, precision = 4, scale = 1)
    private BigDecimal hours;

    @Column(name = "owner_path", nullable = false, length = 255)
    @AuditScope
    private String ownerPath;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AttendanceSession() {}

    /**
     * Opens a session of a project that is enrolling or in progress, for one of its stages.
     *
     * @param startsAt optional, as {@code endsAt}; when both are given the session ends after it starts
     * @throws AttendanceRefused saying what is wrong: the project's status, the stage, the date, the hours
     */
    public AttendanceSession(
            TrainingProject project,
            int stageNo,
            LocalDate date,
            BigDecimal hours,
            LocalTime startsAt,
            LocalTime endsAt,
            String createdBy,
            Instant at) {
        Objects.requireNonNull(project, "project");
        if (!RUNNING.contains(project.status())) {
            throw AttendanceRefused.notRunning(project.status());
        }
        if (project.stages().stream().noneMatch(s -> s.stageNo() == stageNo)) {
            throw AttendanceRefused.noSuchStage(stageNo);
        }
        if (date == null) {
            throw AttendanceRefused.noDate();
        }
        if (!validHours(hours)) {
            throw AttendanceRefused.hours();
        }
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw AttendanceRefused.times();
        }
        this.projectId = project.id();
        this.ownerPath = project.ownerPath();
        this.stageNo = stageNo;
        this.sessionDate = date;
        this.hours = hours.setScale(1);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** More than 0, at most 24, at most one decimal place (the column's precision). */
    static boolean validHours(BigDecimal hours) {
        return hours != null
                && hours.signum() > 0
                && hours.compareTo(MAX_HOURS) <= 0
                && hours.stripTrailingZeros().scale() <= 1;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("projectId", projectId);
        state.put("stageNo", stageNo);
        state.put("date", sessionDate);
        state.put("startsAt", startsAt);
        state.put("endsAt", endsAt);
        state.put("hours", hours);
        return state;
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public int stageNo() {
        return stageNo;
    }

    public LocalDate date() {
        return sessionDate;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public BigDecimal hours() {
        return hours;
    }

    public String ownerPath() {
        return ownerPath;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
