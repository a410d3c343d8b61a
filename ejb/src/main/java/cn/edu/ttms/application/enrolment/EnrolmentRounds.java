package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.notification.Notifications;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRound;
import cn.edu.ttms.domain.model.enrolment.Lottery;
import cn.edu.ttms.domain.model.enrolment.RoundMode;
import cn.edu.ttms.domain.model.notification.NotificationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Forbidden;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rounds of enrolment (issue "Enrolment…", rounds): the owning bureau opens a round, first-come or a
 * lottery; after a lottery's window the draw orders every entry by its seed ({@link Lottery}), gives
 * the free places in that order and puts the rest on the waiting list. The seed and the order go into
 * the audit trail, so that the draw can be replayed by anyone.
 */
@Stateless
@RolesAllowed({"ADMIN", "BUREAU_STAFF"})
public class EnrolmentRounds {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    ProjectRepository projects;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    /** The outcome of a draw: the seed, the order of the entries, who got a place and who waits. */
    public record Draw(long seed, List<Long> order, List<Long> enrolled, List<Long> waiting)
            implements java.io.Serializable {}

    public EnrolmentRound open(long projectId, RoundMode mode, Instant opensAt, Instant closesAt) {
        TrainingProject project = owned(projectId);
        int next = enrolments.rounds(projectId).stream()
                        .mapToInt(EnrolmentRound::roundNo)
                        .max()
                        .orElse(0)
                + 1;
        EnrolmentRound round = enrolments.store(new EnrolmentRound(project.id(), next, mode, opensAt, closesAt));
        audit.record(
                AuditAction.CREATE,
                "EnrolmentRound",
                round.id(),
                project.ownerPath(),
                "round " + next + " opened: " + mode + " from " + opensAt + " to " + closesAt);
        return round;
    }

    /**
     * The project's rounds and places, for anyone of the two roles who can see the project; whether the
     * caller may act on them is the rule of {@link #open}, {@link #draw} and {@link #backfill}.
     */
    public RoundsOverview overview(long projectId) {
        Caller me = caller.get();
        TrainingProject project = projects.find(projectId)
                .filter(p -> p.visibleTo(me.organisationPath()))
                .orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        Instant now = Instant.now();
        List<RoundsOverview.Line> lines = enrolments.rounds(projectId).stream()
                .map(r -> new RoundsOverview.Line(
                        r.roundNo(),
                        r.mode(),
                        r.opensAt(),
                        r.closesAt(),
                        r.stateAt(now),
                        r.mode() == RoundMode.LOTTERY && r.drawnAt() == null
                                ? enrolments.lotteryEntries(r.id()).size()
                                : 0,
                        r.seed(),
                        r.drawnAt(),
                        r.drawnBy()))
                .toList();
        return new RoundsOverview(
                project.id(),
                project.name(),
                project.capacity(),
                enrolments
                        .seatsLeft(projectId, EnrolmentRepository.WHOLE_PROJECT)
                        .orElse(project.capacity()),
                enrolments.waitingList(projectId).size(),
                mayManage(me, project),
                lines);
    }

    /** Draws a closed lottery round, with the given seed or a fresh random one. */
    public Draw draw(long projectId, int roundNo, Long seed) {
        TrainingProject project = owned(projectId);
        EnrolmentRound round = enrolments
                .findRound(projectId, roundNo)
                .orElseThrow(() -> new RecordNotFound("EnrolmentRound", roundNo));
        long used = seed != null ? seed : new SecureRandom().nextLong();
        round.drawn(used, caller.get().username(), Instant.now());
        List<Enrolment> entries = enrolments.lotteryEntries(round.id());
        Map<Long, Enrolment> byId = entries.stream().collect(Collectors.toMap(Enrolment::id, Function.identity()));
        List<Long> order = Lottery.order(new ArrayList<>(byId.keySet()), used);
        EnrolmentRules rules = new EnrolmentRules(enrolments, projects, organisations);
        int position = rules.nextWaitPosition(project);
        List<Long> enrolled = new ArrayList<>();
        List<Long> waiting = new ArrayList<>();
        for (Long id : order) {
            Enrolment e = byId.get(id);
            if (rules.trySeat(project, e)) {
                e.promote();
                enrolled.add(id);
                notifications.notifyTeacher(
                        e.teacherId(),
                        NotificationKind.LOTTERY_WON,
                        project.id(),
                        "notification.LOTTERY_WON",
                        project.name(),
                        String.valueOf(used));
            } else {
                e.waitlist(position);
                waiting.add(id);
                notifications.notifyTeacher(
                        e.teacherId(),
                        NotificationKind.WAITING_LIST,
                        project.id(),
                        "notification.WAITING_LIST",
                        project.name(),
                        String.valueOf(position));
                position++;
            }
        }
        audit.record(
                AuditAction.UPDATE,
                "EnrolmentRound",
                round.id(),
                project.ownerPath(),
                "lottery round " + roundNo + " drawn with seed " + used + "; order " + order + "; enrolled "
                        + enrolled);
        return new Draw(used, order, enrolled, waiting);
    }

    /** A second round's backfill: the waiting list moves up into whatever places are free now. */
    public List<Long> backfill(long projectId) {
        TrainingProject project = owned(projectId);
        List<Long> promoted = new EnrolmentRules(enrolments, projects, organisations)
                .promoteWaiting(project).stream().map(Enrolment::id).toList();
        audit.record(
                AuditAction.UPDATE,
                "WaitingList",
                project.id(),
                project.ownerPath(),
                "waiting list of project " + project.id() + " backfilled; promoted " + promoted);
        return promoted;
    }

    private TrainingProject owned(long projectId) {
        Caller me = caller.get();
        TrainingProject project = projects.find(projectId)
                .filter(p -> p.visibleTo(me.organisationPath()))
                .orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        if (!mayManage(me, project)) {
            throw new Forbidden(
                    "error.project.notYours",
                    "not allowed",
                    cn.edu.ttms.domain.model.project.ProjectAction.OPEN_ENROLMENT,
                    Role.BUREAU_STAFF.name());
        }
        return project;
    }

    private static boolean mayManage(Caller me, TrainingProject project) {
        return me.holds(Role.ADMIN) || me.scope().includesPath(project.ownerPath());
    }
}
