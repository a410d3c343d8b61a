package cn.edu.ttms.application.demo;

import cn.edu.ttms.application.result.BatchSigner;
import cn.edu.ttms.application.result.ResultPolicies;
import cn.edu.ttms.application.signing.CertificateIssuer;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentChannel;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.project.ProjectQuota;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.result.ResultBatch;
import cn.edu.ttms.domain.model.result.ResultRepository;
import cn.edu.ttms.domain.model.result.ResultRules;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.shared.Violation;
import cn.edu.ttms.domain.model.signing.SigningRepository;
import cn.edu.ttms.domain.model.teacher.Teacher;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mechanics behind {@link DemoResults}: the demo signers' certificates under the demo signing
 * PIN; trainees enrolled directly (the classes are past enrolment, as {@link DemoEnrolments} does it);
 * a class's batch with hours and scores computed under the policy in force, exactly as results entry
 * computes them; and the chain's signatures and returns, given as {@code SignOffSteps} gives them.
 */
@Dependent
class DemoResultBatches {

    static final String BY = "demo-data";

    /**
     * What was entered for one trainee: the score (null: hours only, not scored yet) and the hours
     * missed in the first stage. No line at all for a trainee: nothing entered yet.
     */
    record Line(BigDecimal score, BigDecimal missedHours) {}

    @Inject
    DemoStorage storage;

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    ResultRepository results;

    @Inject
    ResultPolicies policies;

    @Inject
    BatchSigner signer;

    @Inject
    CertificateIssuer issuer;

    @Inject
    SigningRepository signing;

    private final Map<String, CertificateIssuer.Unlocked> keys = new HashMap<>();

    /**
     * A certificate under the demo PIN for each signer: one they already have if the demo PIN opens
     * it, else a new one.
     */
    void certify(List<String> usernames) {
        for (String username : usernames) {
            UserAccount account = accounts.findByUsername(username).orElse(null);
            if (account == null) {
                continue;
            }
            if (signing.currentOf(account.id())
                    .filter(c -> c.usableAt(Instant.now()))
                    .isPresent()) {
                try {
                    keys.put(username, issuer.unlock(account, DemoAccounts.SIGNING_PIN.toCharArray()));
                    continue;
                } catch (DomainException anotherPin) {
                    // someone chose their own PIN: the demo gets a certificate of its own
                }
            }
            issuer.issue(account, DemoAccounts.SIGNING_PIN.toCharArray());
            keys.put(username, issuer.unlock(account, DemoAccounts.SIGNING_PIN.toCharArray()));
        }
    }

    /**
     * Enrols the trainees (nominated, or applied and approved for a self-selected class, in the
     * county's quota where the class has one), opens the class's batch with a row per trainee and
     * enters the lines given: the stage's full hours less those missed, and the score.
     */
    ResultBatch open(TrainingProject project, List<Teacher> trainees, List<Line> lines) {
        List<Enrolment> enrolled = enrol(project, trainees);
        Instant now = Instant.now();
        ResultBatch batch = results.store(new ResultBatch(project, BY, now));
        CreditPolicy policy = policies.forProject(project);
        ResultRules rules = new ResultRules(project, policy.rules());
        List<TrainingResult> rows = new ArrayList<>();
        for (int i = 0; i < enrolled.size(); i++) {
            Enrolment e = enrolled.get(i);
            TrainingResult row =
                    new TrainingResult(batch, e.teacherId(), e.id(), e.unitPath(), project.year(), BY, now);
            if (i < lines.size()) {
                enter(row, i + 1, lines.get(i), rules, policy, project, now);
            }
            rows.add(results.store(row));
        }
        storage.flush();
        // the lead's signature fixes the rows as the database holds them (scales of its columns)
        storage.refresh(rows);
        return batch;
    }

    private static void enter(
            TrainingResult row,
            int rowNo,
            Line line,
            ResultRules rules,
            CreditPolicy policy,
            TrainingProject project,
            Instant now) {
        Map<Integer, BigDecimal> hours = new TreeMap<>();
        rules.offered().forEach((stage, full) -> {
            BigDecimal offered = full == null ? BigDecimal.valueOf(12) : full;
            BigDecimal missed = stage == 1 && line.missedHours() != null ? line.missedHours() : BigDecimal.ZERO;
            BigDecimal half = offered.divide(BigDecimal.valueOf(2), 1, RoundingMode.DOWN);
            hours.put(stage, offered.subtract(missed).max(half).setScale(1, RoundingMode.DOWN));
        });
        if (line.score() == null) {
            row.attended(hours, BY, now);
            return;
        }
        List<Violation> found = new ArrayList<>();
        ResultRules.Computed computed = rules.compute(rowNo, hours, line.score(), found);
        if (computed == null) {
            throw new IllegalStateException("demo result row " + rowNo + " of " + project.name() + ": " + found);
        }
        row.record(
                computed.stages(),
                line.score(),
                computed.credit(),
                computed.split(),
                policy.id(),
                policy.versionNo(),
                BY,
                now);
    }

    private List<Enrolment> enrol(TrainingProject p, List<Teacher> trainees) {
        Map<Long, Integer> quotas = new LinkedHashMap<>();
        Map<Long, String> quotaPaths = new LinkedHashMap<>();
        for (ProjectQuota q : p.quotas()) {
            quotas.put(q.unitId(), q.places());
            organisations.find(q.unitId()).ifPresent(u -> quotaPaths.put(q.unitId(), u.path()));
        }
        enrolments.openSeats(p.id(), p.capacity(), quotas);
        LocalDate start = p.stages().get(0).startDate();
        LocalDate end = p.stages().get(p.stages().size() - 1).endDate();
        EnrolmentChannel channel =
                p.selection() == Selection.SELF_SELECTED ? EnrolmentChannel.APPLIED : EnrolmentChannel.NOMINATED;
        List<Enrolment> enrolled = new ArrayList<>();
        for (Teacher t : trainees) {
            Long quotaUnit = quotaPaths.entrySet().stream()
                    .filter(q -> DataScope.subtree(q.getValue()).includesPath(t.schoolPath()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            if (quotaUnit != null && !enrolments.takeSeat(p.id(), quotaUnit)) {
                continue; // the county's places are taken
            }
            if (!enrolments.takeSeat(p.id(), EnrolmentRepository.WHOLE_PROJECT)) {
                if (quotaUnit != null) {
                    enrolments.releaseSeat(p.id(), quotaUnit);
                }
                break; // the class is full
            }
            Enrolment e = new Enrolment(
                    p.id(), t.id(), t.schoolPath(), quotaUnit, p.level(), start, end, channel, BY, Instant.now());
            if (channel == EnrolmentChannel.APPLIED) {
                e.approve();
            }
            enrolled.add(enrolments.store(e));
        }
        storage.flush(); // the rows refer to the enrolments by id
        return enrolled;
    }

    /** The chain's next signature, by the demo account in the role it signs in. */
    void sign(ResultBatch batch, TrainingProject project, String username, Role role) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        CertificateIssuer.Unlocked key = keys.get(username);
        if (key == null) {
            key = issuer.unlock(account, DemoAccounts.SIGNING_PIN.toCharArray());
            keys.put(username, key);
        }
        signer.sign(batch, project, key, account.username(), account.displayName(), role.name());
    }

    /** Confirmed by the lead, approved by the city's reviewer, recognised by the province. */
    void recognise(ResultBatch batch, TrainingProject project) {
        sign(batch, project, "lead", Role.PROJECT_LEAD);
        sign(batch, project, "cityreviewer", Role.BUREAU_REVIEWER);
        sign(batch, project, "province", Role.PROVINCE_OFFICER);
    }

    /** Forgets the unlocked keys once the demo results are signed. */
    void forget() {
        keys.clear();
    }

    /** The reviewer sends the batch back: a new revision opens and the class is running again. */
    void sendBack(ResultBatch batch, TrainingProject project, String reason) {
        batch.returnFor(reason);
        project.resultsAt(ProjectStatus.IN_PROGRESS);
    }
}
