package cn.edu.ttms.application.result;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.project.ProjectAssignments;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.SignatureMeaning;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may see, enter and sign a class's results (workflow.md §3–4). Personal data: a bureau sees the
 * batches of projects its subtree owns, never a neighbour's or a parent bureau's (whose classes mix
 * counties); the project's lead and its host institution see their own projects' batches. Anything
 * else is "not found", as for every record out of scope.
 */
@ApplicationScoped
public class BatchAccess {

    @Inject
    CurrentCaller caller;

    @Inject
    ResultRepository results;

    @Inject
    ProjectRepository projects;

    @Inject
    UserAccountRepository accounts;

    @Inject
    ProjectAssignments assignments;

    /** The batch when the caller may see it; else {@link RecordNotFound}. */
    public ResultBatch visible(long batchId) {
        ResultBatch batch = results.findBatch(batchId).orElseThrow(() -> new RecordNotFound("ResultBatch", batchId));
        if (!sees(caller.get(), batch, project(batch))) {
            throw new RecordNotFound("ResultBatch", batchId);
        }
        return batch;
    }

    public TrainingProject project(ResultBatch batch) {
        return projects.find(batch.projectId())
                .orElseThrow(() -> new RecordNotFound("TrainingProject", batch.projectId()));
    }

    public boolean sees(Caller me, ResultBatch batch, TrainingProject project) {
        return bySubtree(me, batch.ownerPath()) || isLead(me, project) || isHost(me, project);
    }

    /**
     * Whether the caller sees a class's own records beyond its catalogue entry (its materials): its lead,
     * its host, those who enter its results, and staff whose subtree owns it — never a neighbouring county.
     */
    public boolean seesProject(Caller me, TrainingProject project) {
        return bySubtree(me, project.ownerPath()) || enters(me, project);
    }

    /** Whether the caller records the class's results: its lead, its host, the owning school or bureau. */
    public boolean enters(Caller me, TrainingProject project) {
        if (me.holds(Role.ADMIN) || isLead(me, project) || isHost(me, project)) {
            return true;
        }
        return (me.holds(Role.BUREAU_STAFF) || me.holds(Role.SCHOOL_ADMIN))
                && project.ownerPath().startsWith(me.organisationPath());
    }

    /**
     * Whether the caller may give the signature of that meaning to this batch: the lead confirms their own
     * project (the principal a school-based one of their school), a bureau reviewer approves the batches
     * of their bureau's subtree, a province officer recognises those of the province.
     */
    public boolean signs(Caller me, ResultBatch batch, TrainingProject project, SignatureMeaning meaning) {
        return switch (meaning) {
            case CONFIRM ->
                batch.schoolBased()
                        ? me.holds(Role.SCHOOL_ADMIN) && (bySubtree(me, batch.ownerPath()) || isHost(me, project))
                        : me.holds(Role.PROJECT_LEAD) && isLead(me, project);
            case APPROVE -> me.holds(Role.BUREAU_REVIEWER) && bySubtree(me, batch.ownerPath());
            case RECOGNISE -> me.holds(Role.PROVINCE_OFFICER) && bySubtree(me, batch.ownerPath());
        };
    }

    /** A reviewer returns a signed batch; the province may return a reviewed one. */
    public boolean returns(Caller me, ResultBatch batch) {
        return switch (batch.status()) {
            case SIGNED -> me.holds(Role.BUREAU_REVIEWER) && bySubtree(me, batch.ownerPath());
            case REVIEWED -> me.holds(Role.PROVINCE_OFFICER) && bySubtree(me, batch.ownerPath());
            default -> false;
        };
    }

    /** Projects the caller leads or hosts: their batches are visible beyond the caller's subtree. */
    public List<Long> ownProjects(Caller me) {
        List<Long> own = new ArrayList<>();
        if (me.holds(Role.PROJECT_LEAD)) {
            own.addAll(assignments.ledBy(accountId(me)));
        }
        if (hostStaff(me)) {
            own.addAll(assignments.hostedBy(me.organisationId()));
        }
        return own;
    }

    /** The prefix of the caller's subtree for batch lists, or null when the caller has none. */
    public String subtreePrefix(Caller me) {
        return me.scope().kind() == DataScope.Kind.SUBTREE ? me.organisationPath() : null;
    }

    public long accountId(Caller me) {
        return accounts.findByUsername(me.username()).map(UserAccount::id).orElse(-1L);
    }

    private static boolean bySubtree(Caller me, String ownerPath) {
        DataScope scope = me.scope();
        return scope.kind() == DataScope.Kind.SUBTREE && scope.includesPath(ownerPath);
    }

    private boolean isLead(Caller me, TrainingProject project) {
        return project.leadId() != null && me.holds(Role.PROJECT_LEAD) && project.leadId() == accountId(me);
    }

    /**
     * The caller works at the project's host: an institution, or the school that runs a school-based
     * project. Only the host unit itself — a bureau above it is no host, and sees by its subtree.
     */
    private static boolean isHost(Caller me, TrainingProject project) {
        return hostStaff(me) && project.hostId() != null && project.hostId() == me.organisationId();
    }

    private static boolean hostStaff(Caller me) {
        return me.holds(Role.INSTITUTION_STAFF) || me.holds(Role.PROJECT_LEAD) || me.holds(Role.SCHOOL_ADMIN);
    }
}
