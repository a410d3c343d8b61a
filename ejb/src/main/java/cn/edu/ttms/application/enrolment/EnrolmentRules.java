package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.ProjectReaders;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentChannel;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRefused;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRound;
import cn.edu.ttms.domain.model.enrolment.RoundMode;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.project.ProjectQuota;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.teacher.Teacher;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The hard rules of enrolment (decisions.md, "Enrolment") for the services that enrol many teachers
 * at once and one by one ({@link Enrolments}, the roster upload and export): one copy of the rules,
 * in one order, with one set of refusals. Not a bean: each service makes one over its repositories.
 */
final class EnrolmentRules {

    private final EnrolmentRepository enrolments;
    private final ProjectRepository projects;
    private final OrganisationRepository organisations;

    EnrolmentRules(EnrolmentRepository enrolments, ProjectRepository projects, OrganisationRepository organisations) {
        this.enrolments = Objects.requireNonNull(enrolments);
        this.projects = Objects.requireNonNull(projects);
        this.organisations = Objects.requireNonNull(organisations);
    }

    /** Whether the caller works at the project's host institution (or a unit under it). */
    boolean isHost(Caller me, TrainingProject project) {
        return ProjectReaders.atHost(organisations, me, project);
    }

    /**
     * The path prefix of the trainees a reader may see, as {@link Enrolments#roster}: host institution
     * staff all ({@code ""}), bureau and school staff their subtree of a project they see.
     *
     * @throws RecordNotFound for anyone else, as for a project that does not exist
     */
    DataScope rosterScope(Caller me, TrainingProject project) {
        return ProjectReaders.trainees(organisations, me, project);
    }

    /**
     * The rules that do not depend on seats: open, not twice, one project of a level at a time, a
     * quota unit when the project has quotas. The database holds one row per teacher and project, so
     * a teacher who withdrew or was refused comes back on the same row (checked here, never left to
     * the unique key, which would spoil a bulk upload's whole transaction).
     */
    Enrolment admit(TrainingProject project, Teacher teacher, EnrolmentChannel channel, String who) {
        if (project.status() != ProjectStatus.ENROLLING) {
            throw EnrolmentRefused.notOpen(project.status());
        }
        Enrolment earlier = enrolments.find(project.id(), teacher.id()).orElse(null);
        if (earlier != null && earlier.status().active()) {
            throw EnrolmentRefused.already(earlier.status());
        }
        LocalDate start = project.stages().stream()
                .map(ProjectStage::startDate)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
        LocalDate end = project.stages().stream()
                .map(ProjectStage::endDate)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        for (Enrolment other : enrolments.activeAt(teacher.id(), project.level())) {
            if (other.projectId() != project.id() && other.overlaps(start, end)) {
                String name = projects.find(other.projectId())
                        .map(TrainingProject::name)
                        .orElse("#" + other.projectId());
                throw EnrolmentRefused.clash(name, project.level());
            }
        }
        Long quotaUnit = null;
        if (!project.quotas().isEmpty()) {
            ProjectQuota quota = project.quotas().stream()
                    .filter(q -> organisations
                            .find(q.unitId())
                            .map(u -> teacher.schoolPath().startsWith(u.path()))
                            .orElse(false))
                    .findFirst()
                    .orElseThrow(() -> EnrolmentRefused.noQuota(teacher.school().name()));
            quotaUnit = quota.unitId();
        }
        if (earlier != null) {
            earlier.renew(channel, quotaUnit, who, Instant.now());
            return earlier;
        }
        return new Enrolment(
                project.id(),
                teacher.id(),
                teacher.schoolPath(),
                quotaUnit,
                project.level(),
                start,
                end,
                channel,
                who,
                Instant.now());
    }

    /**
     * Capacity first, then the unit's quota, as {@link Enrolments} takes them. A quota refusal gives the
     * capacity seat back at once, so that a caller who goes on with the next row (an upload of the
     * valid rows only) does not keep a seat nobody holds.
     */
    void takeSeats(TrainingProject project, Long quotaUnit) {
        long id = project.id();
        // one statement when a place is left; the seats are looked at only when none was taken
        boolean taken = enrolments.takeSeat(id, EnrolmentRepository.WHOLE_PROJECT);
        if (!taken
                && enrolments.seatsLeft(id, EnrolmentRepository.WHOLE_PROJECT).isEmpty()) {
            openSeats(project); // a project whose seats were never opened: open them, then take one
            taken = enrolments.takeSeat(id, EnrolmentRepository.WHOLE_PROJECT);
        }
        if (!taken) {
            throw EnrolmentRefused.full(project.capacity());
        }
        if (quotaUnit != null && !enrolments.takeSeat(id, quotaUnit)) {
            enrolments.releaseSeat(id, EnrolmentRepository.WHOLE_PROJECT);
            throw quotaFull(project, quotaUnit);
        }
    }

    void openSeats(TrainingProject project) {
        Map<Long, Integer> quotas = new LinkedHashMap<>();
        for (ProjectQuota q : project.quotas()) {
            quotas.put(q.unitId(), q.places());
        }
        enrolments.openSeats(project.id(), project.capacity(), quotas);
    }

    /** Seats counted, not taken: what a preview would take, without a write or a lock. */
    SeatCount seatCount(TrainingProject project) {
        return new SeatCount(project);
    }

    private EnrolmentRefused quotaFull(TrainingProject project, long quotaUnit) {
        String unit = organisations.find(quotaUnit).map(Organisation::name).orElse("#" + quotaUnit);
        return EnrolmentRefused.quotaFull(unit, places(project, quotaUnit));
    }

    private static int places(TrainingProject project, long quotaUnit) {
        return project.quotas().stream()
                .filter(q -> q.unitId() == quotaUnit)
                .mapToInt(ProjectQuota::places)
                .sum();
    }

    /** The seats left as read once, then counted down in memory, with the same refusals as {@link #takeSeats}. */
    final class SeatCount {

        private final TrainingProject project;
        private final Map<Long, Integer> left = new HashMap<>();

        private SeatCount(TrainingProject project) {
            this.project = project;
        }

        void take(Long quotaUnit) {
            int capacity = left(EnrolmentRepository.WHOLE_PROJECT, project.capacity());
            if (capacity <= 0) {
                throw EnrolmentRefused.full(project.capacity());
            }
            if (quotaUnit != null) {
                int quota = left(quotaUnit, places(project, quotaUnit));
                if (quota <= 0) {
                    throw quotaFull(project, quotaUnit);
                }
                left.put(quotaUnit, quota - 1);
            }
            left.put(EnrolmentRepository.WHOLE_PROJECT, capacity - 1);
        }

        /** Seats not opened yet mean nobody took one: all places are left. */
        private int left(long unit, int places) {
            return left.computeIfAbsent(
                    unit, u -> enrolments.seatsLeft(project.id(), u).orElse(places));
        }
    }

    /**
     * Where a new entry goes by the project's rounds (read once by the caller): into the draw of the
     * LOTTERY round whose window is open now, if any. Refuses entries between a lottery's close and
     * its draw: the draw must see a closed list.
     *
     * @return the open lottery round, or empty when the entry is decided at once
     */
    static Optional<EnrolmentRound> lotteryFor(List<EnrolmentRound> rounds, Instant now) {
        Optional<EnrolmentRound> open = rounds.stream()
                .filter(r -> r.mode() == RoundMode.LOTTERY && r.isOpen(now))
                .findFirst();
        if (open.isEmpty()) {
            rounds.stream().filter(r -> r.awaitingDraw(now)).findFirst().ifPresent(r -> {
                throw EnrolmentRefused.awaitingDraw(String.valueOf(r.roundNo()));
            });
        }
        return open;
    }

    /** The next place on the project's waiting list. */
    int nextWaitPosition(TrainingProject project) {
        return enrolments.waitingList(project.id()).stream()
                        .map(Enrolment::waitPosition)
                        .filter(Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(0)
                + 1;
    }

    /**
     * Gives {@code e} a seat if capacity and its quota allow; otherwise leaves both untouched.
     *
     * @return whether it got one
     */
    boolean trySeat(TrainingProject project, Enrolment e) {
        long id = project.id();
        if (enrolments.seatsLeft(id, EnrolmentRepository.WHOLE_PROJECT).isEmpty()) {
            openSeats(project);
        }
        if (!enrolments.takeSeat(id, EnrolmentRepository.WHOLE_PROJECT)) {
            return false;
        }
        if (e.quotaUnitId() != null && !enrolments.takeSeat(id, e.quotaUnitId())) {
            enrolments.releaseSeat(id, EnrolmentRepository.WHOLE_PROJECT);
            return false;
        }
        return true;
    }

    /** Moves the waiting list up into free seats, first in line first (one whose quota is full waits on). */
    List<Enrolment> promoteWaiting(TrainingProject project) {
        List<Enrolment> promoted = new java.util.ArrayList<>();
        for (Enrolment w : enrolments.waitingList(project.id())) {
            if (enrolments
                            .seatsLeft(project.id(), EnrolmentRepository.WHOLE_PROJECT)
                            .orElse(0)
                    <= 0) {
                break;
            }
            if (trySeat(project, w)) {
                w.promote();
                promoted.add(w);
            }
        }
        return promoted;
    }
}
