package cn.edu.ttms.domain.model.enrolment;

import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.project.TrainingProject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Enrolments and the seats they take. */
public interface EnrolmentRepository {

    Enrolment store(Enrolment enrolment);

    Optional<Enrolment> find(long id);

    /** The enrolment if its teacher's unit lies in {@code scope}; otherwise empty, as if it did not exist. */
    Optional<Enrolment> find(long id, DataScope scope);

    Optional<Enrolment> find(long projectId, long teacherId);

    /** The teacher's active enrolments (pending or enrolled) at a level, to check the one-at-a-time rule. */
    List<Enrolment> activeAt(long teacherId, cn.edu.ttms.domain.model.shared.Level level);

    /** Enrolled trainees of a project whose unit lies in {@code scope}, by creation. */
    List<Enrolment> roster(long projectId, DataScope scope, int first, int max);

    long rosterSize(long projectId, DataScope scope);

    /** Creates the seats of a project: its capacity (unit 0) and each unit's quota. Idempotent. */
    void openSeats(long projectId, int capacity, Map<Long, Integer> quotas);

    /** Places left of a unit's seats (0 for the project's capacity), or empty when none were opened. */
    Optional<Integer> seatsLeft(long projectId, long unitId);

    /** The project as a nomination first looks at it (one read, nothing locked or managed); empty when there is none. */
    Optional<SeatGate> gate(long projectId);

    /** Takes one seat if one is left: one conditional UPDATE, atomic under any concurrency. */
    boolean takeSeat(long projectId, long unitId);

    void releaseSeat(long projectId, long unitId);

    /**
     * Self-selected projects, published or enrolling, of the bureaus over a unit at {@code unitPath}
     * and of the unit itself: what a teacher there may apply to.
     */
    List<TrainingProject> selfSelectedOpenTo(String unitPath);

    /** A teacher's enrolments in every state, newest first. */
    List<Enrolment> ofTeacher(long teacherId);

    /** Enrolments in {@code status} of teachers whose unit lies in {@code scope}, oldest first. */
    List<Enrolment> inStatus(DataScope scope, EnrolmentStatus status, int first, int max);

    long countInStatus(DataScope scope, EnrolmentStatus status);

    /** The capacity's unit id in {@link #takeSeat} and friends. */
    long WHOLE_PROJECT = 0L;

    EnrolmentRound store(EnrolmentRound round);

    Optional<EnrolmentRound> findRound(long projectId, int roundNo);

    /** The project's rounds, in order. */
    List<EnrolmentRound> rounds(long projectId);

    /** The entries of a lottery round waiting for its draw. */
    List<Enrolment> lotteryEntries(long roundId);

    /** The project's waiting list, first in line first. */
    List<Enrolment> waitingList(long projectId);
}
