package cn.edu.ttms.application.policy;

import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.credit.CreditCalculator;
import cn.edu.ttms.domain.model.credit.CreditResult;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.policy.CreditPolicyRepository;
import cn.edu.ttms.domain.model.policy.PolicyResolution;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Forbidden;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.shared.Score;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Credit policies as versioned data: which version applies where and when, the credit calculator
 * for institutions and bureaus, and new versions by administrators (and province officers for their
 * province). A version's rules never change after it is stored.
 */
@Stateless
@PermitAll
public class CreditPolicies {

    @Inject
    cn.edu.ttms.application.statistics.ComplianceStandings standings;

    @Inject
    CreditPolicyRepository policies;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller caller;

    /** The version for an organisation on a date: nearest jurisdiction, in force on that date. */
    public CreditPolicy resolve(String organisationPath, LocalDate on) {
        return PolicyResolution.resolve(policies.findAll(), organisationPath, on)
                .orElseThrow(() -> new Invalid("error.policy.noneInForce", "no policy in force on " + on, on));
    }

    /** The version the caller's calculations use: a chosen one, or the one of their organisation on the date. */
    private CreditPolicy policyFor(Long policyId, LocalDate on) {
        if (policyId != null) {
            return policies.find(policyId).orElseThrow(() -> new RecordNotFound("CreditPolicy", policyId));
        }
        return resolve(caller.get().organisationPath(), on == null ? LocalDate.now() : on);
    }

    public CreditCalculation calculate(
            Level level, DeliveryForm form, Hours hours, CreditRate rate, Score score, Long policyId, LocalDate on) {
        CreditPolicy policy = policyFor(policyId, on);
        CreditResult r = new CreditCalculator(policy.rules()).calculate(level, form, hours, rate, score);
        return new CreditCalculation(
                r.grade(),
                r.baseCredits().forDisplay(),
                r.performanceCredits().forDisplay(),
                r.credits().value(),
                r.countedHours().value(),
                PolicyRef.of(policy));
    }

    public CreditCalculation lecturing(Level level, Hours teachingHours, Long policyId, LocalDate on) {
        CreditPolicy policy = policyFor(policyId, on);
        return new CreditCalculation(
                null,
                null,
                null,
                new CreditCalculator(policy.rules())
                        .lecturingCredits(level, teachingHours)
                        .value(),
                null,
                PolicyRef.of(policy));
    }

    public List<CreditPolicy> all() {
        return policies.findAll();
    }

    public CreditPolicy get(long id) {
        return policies.find(id).orElseThrow(() -> new RecordNotFound("CreditPolicy", id));
    }

    public List<CreditPolicy> history(long id) {
        return policies.history(get(id).name());
    }

    /**
     * A new version of a policy from {@code effectiveFrom} (the current one ends there), or — with
     * another name or jurisdiction — a new policy based on it (e.g. a county's own rules).
     */
    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER"})
    public long newVersion(
            long basedOnId, String name, Long jurisdictionId, LocalDate effectiveFrom, PolicyRules rules, String note) {
        CreditPolicy basis = get(basedOnId);
        Organisation jurisdiction = jurisdictionId == null
                ? null
                : organisations
                        .find(jurisdictionId, caller.scope())
                        .orElseThrow(() -> new RecordNotFound("Organisation", jurisdictionId));
        if (jurisdiction == null && !caller.get().holds(cn.edu.ttms.domain.model.account.Role.ADMIN)) {
            throw new Forbidden("error.policy.nationwideAdminOnly", "only administrators change the fallback policy");
        }
        String username = caller.get().username();
        boolean sameLine = (name == null || name.equals(basis.name()))
                && java.util.Objects.equals(
                        jurisdictionId,
                        basis.jurisdiction() == null
                                ? null
                                : basis.jurisdiction().id());
        CreditPolicy created;
        if (sameLine) {
            CreditPolicy current =
                    policies.history(basis.name()).stream().reduce((a, b) -> b).orElseThrow();
            created = CreditPolicy.nextVersionOf(current, rules, effectiveFrom, note, username);
        } else {
            created = CreditPolicy.first(name, jurisdiction, rules, effectiveFrom, basis.id(), note, username);
        }
        long id = policies.store(created).id();
        // the standings of the teachers it applies to are recomputed once this commits (issue 19)
        standings.policyPublished(jurisdiction == null ? null : jurisdiction.path());
        return id;
    }
}
