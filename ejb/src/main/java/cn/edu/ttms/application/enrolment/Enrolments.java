package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentChannel;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRefused;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRound;
import cn.edu.ttms.domain.model.enrolment.SeatGate;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Enrolment (workflow.md §2): nominations by bureaus and schools, applications by teachers and
 * their approval, withdrawal. Every hard rule is checked here and refused with its reason; seats
 * are taken with the database's conditional UPDATE, capacity first and then the unit's quota, in
 * that order always, so a rush neither oversells nor deadlocks.
 */
@Stateless
public class Enrolments {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    ProjectRepository projects;

    @Inject
    TeacherRepository teachers;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller caller;

    @Resource
    SessionContext context;

    @Inject
    cn.edu.ttms.application.notification.Notifications notifications;

    /** A bureau or school puts one of its teachers into a project: enrolled at once, or refused with the rule. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN"})
    public Enrolment nominate(long projectId, long teacherId) {
        Caller me = caller.get();
        // who may see the project, its status and seats in one read: the rush after the last place
        // is refused from it, before the project is loaded
        SeatGate gate = enrolments
                .gate(projectId)
                .filter(g -> me.scope().kind() == DataScope.Kind.SUBTREE && g.visibleTo(me.organisationPath()))
                .orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        if (gate.refusesAsFull()) {
            throw EnrolmentRefused.full(gate.capacity());
        }
        TrainingProject project =
                projects.find(projectId).orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        var lottery = gate.hasRounds()
                ? EnrolmentRules.lotteryFor(enrolments.rounds(projectId), Instant.now())
                : Optional.<EnrolmentRound>empty();
        if (lottery.isPresent() && project.status() == ProjectStatus.ENROLLING) { // an entry waits for the draw
            Teacher teacher =
                    teachers.find(teacherId, me.scope()).orElseThrow(() -> new RecordNotFound("Teacher", teacherId));
            Enrolment e = admit(project, teacher, EnrolmentChannel.NOMINATED, me.username());
            e.enterLottery(lottery.get().id());
            return enrolments.store(e);
        }
        if (gate.full()) { // a project with rounds, none of them taking entries now
            throw EnrolmentRefused.full(gate.capacity());
        }
        Teacher teacher =
                teachers.find(teacherId, me.scope()).orElseThrow(() -> new RecordNotFound("Teacher", teacherId));
        Enrolment e = admit(project, teacher, EnrolmentChannel.NOMINATED, me.username());
        try {
            e = enrolments.store(e); // written with its audit entry before the seat is taken...
        } catch (PersistenceException raced) {
            throw EnrolmentRefused.already(e.status()); // the same teacher nominated twice at once: the unique key
        }
        takeSeats(project, e.quotaUnitId()); // ...so that the seat's row lock is held only until the commit
        return e;
    }

    /** At most this many teachers in one nomination of many. */
    public static final int MAX_NOMINEES = 200;

    /**
     * A bureau or school puts many of its teachers into a project at once (issue 17, item 7): each as
     * {@link #nominate}, each in a transaction of its own — so that the seat's row lock is held for one
     * nomination's commit only, as under a rush (decisions.md "Enrolment"), and one teacher's refusal
     * (full, already enrolled, a clash) neither undoes nor stops the others. The outcomes in the order
     * given, duplicates once.
     */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<NominationOutcome> nominateAll(long projectId, List<Long> teacherIds) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(teacherIds));
        if (distinct.size() > MAX_NOMINEES) {
            throw new Invalid(
                    "error.enrolment.tooManyNominees",
                    distinct.size() + " teachers in one nomination, at most " + MAX_NOMINEES,
                    String.valueOf(MAX_NOMINEES));
        }
        Enrolments self = context.getBusinessObject(Enrolments.class);
        List<NominationOutcome> outcomes = new ArrayList<>();
        for (Long teacherId : distinct) {
            try {
                Enrolment e = self.nominate(projectId, teacherId);
                outcomes.add(NominationOutcome.enrolled(teacherId, e.id(), e.status()));
            } catch (DomainException refused) {
                outcomes.add(NominationOutcome.refused(teacherId, refused));
            }
        }
        return outcomes;
    }

    /** A teacher applies to a self-selected project; the enrolment waits for approval and holds no seat yet. */
    @RolesAllowed("TEACHER")
    public Enrolment apply(long projectId) {
        Caller me = caller.get();
        Teacher teacher = me.teacherId() == null
                ? null
                : teachers.find(me.teacherId(), me.scope()).orElse(null);
        if (teacher == null) {
            throw new RecordNotFound("Teacher", me.teacherId() == null ? 0 : me.teacherId());
        }
        TrainingProject project = projects.find(projectId)
                .filter(p -> p.visibleTo(teacher.schoolPath()))
                .orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        if (project.selection() != Selection.SELF_SELECTED) {
            throw EnrolmentRefused.notSelfSelected();
        }
        Enrolment e = admit(project, teacher, EnrolmentChannel.APPLIED, me.username());
        var lottery = EnrolmentRules.lotteryFor(enrolments.rounds(projectId), Instant.now());
        if (lottery.isPresent()) {
            e.enterLottery(lottery.get().id());
            return enrolments.store(e);
        }
        if (e.quotaUnitId() != null
                        && enrolments.seatsLeft(projectId, e.quotaUnitId()).orElse(1) <= 0
                || enrolments
                                .seatsLeft(projectId, EnrolmentRepository.WHOLE_PROJECT)
                                .orElse(1)
                        <= 0) {
            e.waitlist(rules().nextWaitPosition(project)); // full: in line for the next free place
        }
        return enrolments.store(e);
    }

    /** Staff over the teacher's unit approve an application (it takes its seat now) or refuse it with a reason. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN"})
    public Enrolment decide(long enrolmentId, boolean approve, String reason) {
        Enrolment e = inScope(enrolmentId);
        if (approve) {
            TrainingProject project = projects.find(e.projectId()).orElseThrow();
            if (project.status() != ProjectStatus.ENROLLING) {
                throw EnrolmentRefused.notOpen(project.status());
            }
            if (project.approvalChain() == cn.edu.ttms.domain.model.project.ApprovalChain.SCHOOL_THEN_COUNTY) {
                Caller me = caller.get();
                boolean school = me.holds(Role.SCHOOL_ADMIN) && !me.holds(Role.BUREAU_STAFF) && !me.holds(Role.ADMIN);
                if (school) {
                    e.approveBySchool(me.username(), java.time.Instant.now()); // the county decides next
                    return e;
                }
                if (!e.schoolApproved()) {
                    throw EnrolmentRefused.awaitingSchool();
                }
            }
            e.approve();
            takeSeats(project, e.quotaUnitId());
        } else {
            e.refuse(reason);
        }
        notifications.decided(e); // the teacher hears of it in the inbox
        return e;
    }

    /** Withdrawal before the training starts gives the seat back. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN", "TEACHER"})
    public Enrolment withdraw(long enrolmentId, String reason) {
        Caller me = caller.get();
        Enrolment e = me.holds(Role.TEACHER) && me.teacherId() != null
                ? enrolments
                        .find(enrolmentId)
                        .filter(x -> x.teacherId() == me.teacherId())
                        .orElseThrow(() -> new RecordNotFound("Enrolment", enrolmentId))
                : inScope(enrolmentId);
        TrainingProject project = projects.find(e.projectId()).orElseThrow();
        if (project.status() != ProjectStatus.ENROLLING && project.status() != ProjectStatus.PUBLISHED) {
            throw EnrolmentRefused.tooLate(project.status());
        }
        if (e.withdraw(reason)) {
            enrolments.releaseSeat(e.projectId(), EnrolmentRepository.WHOLE_PROJECT);
            if (e.quotaUnitId() != null) {
                enrolments.releaseSeat(e.projectId(), e.quotaUnitId());
            }
            rules().promoteWaiting(project); // the freed place goes to the first in line
        }
        return e;
    }

    /** The enrolled trainees a reader may see: host institution staff all, bureau staff those of their subtree. */
    @RolesAllowed({
        "ADMIN",
        "PROVINCE_OFFICER",
        "BUREAU_STAFF",
        "BUREAU_REVIEWER",
        "SCHOOL_ADMIN",
        "PROJECT_LEAD",
        "INSTITUTION_STAFF"
    })
    public Roster roster(long projectId, int first, int max) {
        Caller me = caller.get();
        TrainingProject project =
                projects.find(projectId).orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        DataScope scope = rules().rosterScope(me, project);
        List<Enrolment> page = enrolments.roster(projectId, scope, first, Math.min(max, 500));
        // the enrolment already placed the teacher in the reader's view
        var byId = teachers.byIds(page.stream().map(Enrolment::teacherId).toList());
        List<RosterLine> lines = page.stream()
                .filter(e -> byId.containsKey(e.teacherId()))
                .map(e -> RosterLine.of(e, byId.get(e.teacherId())))
                .toList();
        return new Roster(project.capacity(), enrolments.rosterSize(projectId, scope), lines);
    }

    /** Opens the seats of a project when its enrolment opens: capacity and quotas. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF"})
    public void openSeats(TrainingProject project) {
        rules().openSeats(project);
    }

    private Enrolment admit(TrainingProject project, Teacher teacher, EnrolmentChannel channel, String who) {
        return rules().admit(project, teacher, channel, who);
    }

    private void takeSeats(TrainingProject project, Long quotaUnit) {
        rules().takeSeats(project, quotaUnit);
    }

    private EnrolmentRules rules() {
        return new EnrolmentRules(enrolments, projects, organisations);
    }

    private Enrolment inScope(long enrolmentId) {
        return enrolments
                .find(enrolmentId, caller.scope())
                .orElseThrow(() -> new RecordNotFound("Enrolment", enrolmentId));
    }
}
