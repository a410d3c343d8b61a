package cn.edu.ttms.domain.model.attendance;

import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A trainee attended a session: once per session and teacher (the key), by scanning its code or
 * marked by hand by the adviser with a reason. Never changed afterwards: a second scan finds it.
 */
@Entity
@Table(name = "attendance")
@IdClass(AttendanceRecord.Key.class)
public class AttendanceRecord implements Audited {

    @Id
    @Column(name = "session_id")
    private long sessionId;

    @Id
    @Column(name = "teacher_id")
    private long teacherId;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "unit_path", nullable = false, length = 255)
    @AuditScope
    private String unitPath;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "how", nullable = false, length = 10)
    private AttendanceMethod how;

    @Column(length = 500)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected AttendanceRecord() {}

    private AttendanceRecord(
            AttendanceSession session, Enrolment trainee, AttendanceMethod how, String reason, String by, Instant at) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(trainee, "trainee");
        if (session.projectId() != trainee.projectId() || trainee.status() != EnrolmentStatus.ENROLLED) {
            throw AttendanceRefused.notTrainee();
        }
        this.sessionId = session.id();
        this.teacherId = trainee.teacherId();
        this.enrolmentId = trainee.id();
        this.unitPath = trainee.unitPath();
        this.how = how;
        this.reason = reason;
        this.recordedBy = Objects.requireNonNull(by, "by");
        // to the second, as the column keeps it: the first answer and every later read agree
        this.recordedAt = Objects.requireNonNull(at, "at").truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** The trainee scanned the session's code. */
    public static AttendanceRecord scanned(AttendanceSession session, Enrolment trainee, String by, Instant at) {
        return new AttendanceRecord(session, trainee, AttendanceMethod.SCAN, null, by, at);
    }

    /** The adviser marked the trainee present by hand: only with a reason (no phone, the code would not scan…). */
    public static AttendanceRecord marked(
            AttendanceSession session, Enrolment trainee, String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw AttendanceRefused.reasonNeeded();
        }
        return new AttendanceRecord(session, trainee, AttendanceMethod.MANUAL, reason.strip(), by, at);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("sessionId", sessionId);
        state.put("teacherId", teacherId);
        state.put("enrolmentId", enrolmentId);
        state.put("how", how);
        state.put("reason", reason);
        return state;
    }

    public long sessionId() {
        return sessionId;
    }

    public long teacherId() {
        return teacherId;
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public String unitPath() {
        return unitPath;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public AttendanceMethod how() {
        return how;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    /** The record's key: the session and the teacher. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long sessionId;
        private long teacherId;

        public Key() {}

        public Key(long sessionId, long teacherId) {
            this.sessionId = sessionId;
            this.teacherId = teacherId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.sessionId == sessionId && k.teacherId == teacherId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, teacherId);
        }
    }
}
