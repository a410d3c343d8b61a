package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRound;
import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.enrolment.SeatGate;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Units;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Enrolments, rounds and seats in memory, for the enrolment services' own rules: ids are handed out
 * on store, as persisting does; a seat is taken only while one is left, as the conditional UPDATE does.
 * What these tests do not use refuses to answer.
 */
final class InMemoryEnrolments implements EnrolmentRepository {

    private final List<Enrolment> enrolments = new ArrayList<>();
    private final List<EnrolmentRound> rounds = new ArrayList<>();
    private final Map<List<Long>, Integer> seats = new HashMap<>();
    private long nextId = 100;
    int seatWrites;

    @Override
    public Enrolment store(Enrolment enrolment) {
        if (enrolment.id() == null) {
            Units.withId(enrolment, nextId++);
            enrolments.add(enrolment);
        }
        return enrolment;
    }

    @Override
    public Optional<Enrolment> find(long id) {
        return enrolments.stream().filter(e -> e.id() == id).findFirst();
    }

    @Override
    public Optional<Enrolment> find(long id, DataScope scope) {
        return find(id).filter(e -> scope.includesPath(e.unitPath()));
    }

    @Override
    public Optional<Enrolment> find(long projectId, long teacherId) {
        return enrolments.stream()
                .filter(e -> e.projectId() == projectId && e.teacherId() == teacherId)
                .findFirst();
    }

    @Override
    public List<Enrolment> activeAt(long teacherId, Level level) {
        return enrolments.stream()
                .filter(e -> e.teacherId() == teacherId && e.level() == level)
                .filter(e -> e.status().active())
                .toList();
    }

    @Override
    public void openSeats(long projectId, int capacity, Map<Long, Integer> quotas) {
        seatWrites++;
        seats.putIfAbsent(List.of(projectId, WHOLE_PROJECT), capacity);
        quotas.forEach((unit, places) -> seats.putIfAbsent(List.of(projectId, unit), places));
    }

    @Override
    public Optional<Integer> seatsLeft(long projectId, long unitId) {
        return Optional.ofNullable(seats.get(List.of(projectId, unitId)));
    }

    @Override
    public boolean takeSeat(long projectId, long unitId) {
        Integer left = seats.get(List.of(projectId, unitId));
        if (left == null || left <= 0) {
            return false;
        }
        seatWrites++;
        seats.put(List.of(projectId, unitId), left - 1);
        return true;
    }

    @Override
    public void releaseSeat(long projectId, long unitId) {
        seatWrites++;
        seats.merge(List.of(projectId, unitId), 1, Integer::sum);
    }

    @Override
    public EnrolmentRound store(EnrolmentRound round) {
        if (round.id() == null) {
            Units.withId(round, nextId++);
            rounds.add(round);
        }
        return round;
    }

    @Override
    public Optional<EnrolmentRound> findRound(long projectId, int roundNo) {
        return rounds.stream()
                .filter(r -> r.projectId() == projectId && r.roundNo() == roundNo)
                .findFirst();
    }

    @Override
    public List<EnrolmentRound> rounds(long projectId) {
        return rounds.stream()
                .filter(r -> r.projectId() == projectId)
                .sorted(Comparator.comparingInt(EnrolmentRound::roundNo))
                .toList();
    }

    @Override
    public List<Enrolment> lotteryEntries(long roundId) {
        return enrolments.stream()
                .filter(e -> e.status() == EnrolmentStatus.LOTTERY)
                .filter(e -> Objects.equals(e.roundId(), roundId))
                .toList();
    }

    @Override
    public List<Enrolment> waitingList(long projectId) {
        return enrolments.stream()
                .filter(e -> e.projectId() == projectId && e.status() == EnrolmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(Enrolment::waitPosition))
                .toList();
    }

    @Override
    public List<Enrolment> roster(long projectId, DataScope scope, int first, int max) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long rosterSize(long projectId, DataScope scope) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<SeatGate> gate(long projectId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TrainingProject> selfSelectedOpenTo(String unitPath) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Enrolment> ofTeacher(long teacherId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Enrolment> inStatus(DataScope scope, EnrolmentStatus status, int first, int max) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long countInStatus(DataScope scope, EnrolmentStatus status) {
        throw new UnsupportedOperationException();
    }
}
