package cn.edu.ttms.domain.model.attendance;

import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Attendance sessions and who attended them. */
public interface AttendanceRepository {

    AttendanceSession store(AttendanceSession session);

    Optional<AttendanceSession> findSession(long id);

    /** The project's sessions by stage, date and opening. */
    List<AttendanceSession> sessions(long projectId);

    /**
     * Records an attendance now (written at once): a second record of the same teacher and session fails
     * here, on the key, with a {@link jakarta.persistence.PersistenceException}.
     */
    AttendanceRecord store(AttendanceRecord record);

    Optional<AttendanceRecord> find(long sessionId, long teacherId);

    /** Who attended a session, in the order they were recorded. */
    List<AttendanceRecord> ofSession(long sessionId);

    /** How many attended each of the project's sessions, by session id (sessions nobody attended are absent). */
    Map<Long, Long> attendedBySession(long projectId);

    /** The hours each teacher attended per stage of a project: one row per teacher and stage attended. */
    List<StageHours> hoursAttended(long projectId);

    /**
     * Projects in one of {@code statuses} led by the account {@code leadAccountId} or hosted by one of the
     * units {@code hostIds}, newest first: the projects whose attendance a lead or a host institution runs.
     */
    List<TrainingProject> runBy(long leadAccountId, Collection<Long> hostIds, Collection<ProjectStatus> statuses);
}
