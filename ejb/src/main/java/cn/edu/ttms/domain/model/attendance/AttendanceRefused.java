package cn.edu.ttms.domain.model.attendance;

import cn.edu.ttms.domain.model.shared.DomainException;

/**
 * Attendance said no; the key names why. A QR code that is forged, damaged or expired, a trainee who
 * is not enrolled, a manual mark without a reason, a session of a stage the project does not have.
 */
public class AttendanceRefused extends DomainException {

    private static final long serialVersionUID = 1L;

    private AttendanceRefused(Kind kind, String key, String english, Object... args) {
        super(kind, key, english, args);
    }

    /** A token that is not one this server signed (tampered, truncated, or signed with another secret). */
    public static AttendanceRefused badToken() {
        return new AttendanceRefused(Kind.INVALID, "error.attendance.badToken", "not a valid attendance code");
    }

    public static AttendanceRefused expired() {
        return new AttendanceRefused(Kind.INVALID, "error.attendance.expired", "the attendance code has expired");
    }

    /** The signed-in teacher holds no ENROLLED place in the session's project. */
    public static AttendanceRefused notEnrolled(String project) {
        return new AttendanceRefused(
                Kind.FORBIDDEN, "error.attendance.notEnrolled", "not enrolled in this project", project);
    }

    /** Staff marked a teacher who is not an enrolled trainee of the project. */
    public static AttendanceRefused notTrainee() {
        return new AttendanceRefused(Kind.INVALID, "error.attendance.notTrainee", "not a trainee of this project");
    }

    public static AttendanceRefused reasonNeeded() {
        return new AttendanceRefused(Kind.INVALID, "error.attendance.reasonNeeded", "a manual mark needs a reason");
    }

    public static AttendanceRefused notRunning(Object status) {
        return new AttendanceRefused(
                Kind.INVALID, "error.attendance.notRunning", "the project is not enrolling or in progress", status);
    }

    public static AttendanceRefused noSuchStage(int stageNo) {
        return new AttendanceRefused(
                Kind.INVALID, "error.attendance.noSuchStage", "the project has no such stage", String.valueOf(stageNo));
    }

    public static AttendanceRefused noDate() {
        return new AttendanceRefused(Kind.INVALID, "error.attendance.noDate", "a session needs a date");
    }

    public static AttendanceRefused hours() {
        return new AttendanceRefused(
                Kind.INVALID, "error.attendance.hours", "hours must be over 0 and at most 24, one decimal");
    }

    public static AttendanceRefused times() {
        return new AttendanceRefused(Kind.INVALID, "error.attendance.times", "a session ends after it starts");
    }

    /** The caller sees the project but neither leads it, hosts it nor belongs to its owning bureau. */
    public static AttendanceRefused notAllowed() {
        return new AttendanceRefused(
                Kind.FORBIDDEN, "error.attendance.notAllowed", "only the lead, the host or the owning bureau");
    }

    /** The same trainee recorded twice at the same moment (two scans racing): the first one stands. */
    public static AttendanceRefused already() {
        return new AttendanceRefused(Kind.CONFLICT, "error.attendance.already", "already recorded");
    }
}
