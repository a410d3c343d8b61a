package cn.edu.ttms.application.statistics;

import cn.edu.ttms.application.audit.ConcurrentChanges;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.statistics.TargetReport.CategoryTarget;
import cn.edu.ttms.application.statistics.TargetReport.RateTarget;
import cn.edu.ttms.application.statistics.TrainingReport.UnitRef;
import cn.edu.ttms.domain.model.account.AccountName;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.policy.CreditPolicyRepository;
import cn.edu.ttms.domain.model.policy.PolicyResolution;
import cn.edu.ttms.domain.model.targets.Shares;
import cn.edu.ttms.domain.model.targets.TargetRepository;
import cn.edu.ttms.domain.model.targets.TrainingTarget;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A bureau's yearly training targets and its actuals against them (issue 19, item 3). Read by the
 * statistics roles in scope; set by bureau staff (or an administrator) of the unit or a unit above it.
 * A unit out of scope is not found; a figure out of range is refused naming it before anything is
 * stored; a save over someone else's newer one is a concurrent change. Each save is audited by the
 * entity itself ({@code Audited}).
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER"})
public class TrainingTargets {

    @Inject
    CurrentCaller caller;

    @Inject
    TrainingStatistics statistics;

    @Inject
    TargetRepository targets;

    @Inject
    TrainingFigures figures;

    @Inject
    ComplianceRates complianceRates;

    @Inject
    CreditPolicyRepository policies;

    @Inject
    ConcurrentChanges changes;

    @Inject
    TrainingTallies tallies;

    @Inject
    UserAccountRepository accounts;

    public TargetReport targets(long unitId, int year) {
        TrainingTarget.checkYear(year);
        tallies.catchUp(); // before any read: the recognised places come from the kept sums
        Organisation unit = statistics.unit(unitId);
        return report(unit, year, targets.find(unitId, year));
    }

    @RolesAllowed({"ADMIN", "BUREAU_STAFF"})
    public TargetReport set(long unitId, int year, TargetChange change) {
        TrainingTarget.checkYear(year);
        tallies.catchUp();
        Organisation unit = statistics.unit(unitId);
        Optional<TrainingTarget> found = targets.find(unitId, year);
        TrainingTarget target;
        if (found.isPresent()) {
            target = found.get();
            if (change.version() == null || change.version() != target.version()) {
                throw changes.describe("TrainingTarget", target.id());
            }
        } else {
            if (change.version() != null) {
                // the caller read targets that are gone (there is no delete): someone else's doing
                throw new cn.edu.ttms.domain.model.shared.ConcurrentChange("?", "?", "-");
            }
            target = new TrainingTarget(unit, year);
        }
        target.revise(
                change.categories(),
                change.keyTeacherCityPercent(),
                change.keyTeacherCountyPercent(),
                change.compliancePercent(),
                caller.get().username(),
                Instant.now());
        if (found.isEmpty()) {
            targets.store(target);
        } else {
            targets.flush();
        }
        return report(unit, year, Optional.of(target));
    }

    private TargetReport report(Organisation unit, int year, Optional<TrainingTarget> target) {
        Map<String, Integer> placeTargets = target.map(TrainingTarget::places).orElse(Map.of());
        Map<String, Long> recognised = new TreeMap<>();
        figures.byCategory(unit.path(), year).forEach(r -> recognised.put(r.key(), r.recognised()));
        List<CategoryTarget> categories = new ArrayList<>();
        placeTargets.forEach((category, places) -> {
            long actual = recognised.getOrDefault(category, 0L);
            categories.add(new CategoryTarget(category, places, actual, Shares.attained(actual, places)));
        });
        recognised.forEach((category, actual) -> {
            if (!placeTargets.containsKey(category) && actual > 0) {
                categories.add(new CategoryTarget(category, null, actual, null));
            }
        });
        TrainingFigures.KeyTeachers key = figures.keyTeachers(unit.path(), year);
        BigDecimal city = Shares.percent(key.cityOrAbove(), key.teachers());
        BigDecimal county = Shares.percent(key.countyOrAbove(), key.teachers());
        BigDecimal cityTarget =
                target.map(TrainingTarget::keyTeacherCityPercent).orElse(null);
        BigDecimal countyTarget =
                target.map(TrainingTarget::keyTeacherCountyPercent).orElse(null);
        BigDecimal complianceTarget =
                target.map(TrainingTarget::compliancePercent).orElse(null);
        Integer cycleStart = PolicyResolution.resolve(policies.findAll(), unit.path(), LocalDate.now())
                .map(p -> p.rules().cycleContaining(year).firstYear())
                .orElse(null);
        BigDecimal rate = cycleStart == null
                ? null
                : complianceRates.rate(unit.id(), cycleStart, year).orElse(null);
        // who saved them, as people know them: name and unit, not the login name
        Optional<AccountName> saver = target.map(TrainingTarget::updatedBy)
                .map(u -> accounts.namesOf(List.of(u)).get(u));
        return new TargetReport(
                new UnitRef(unit.id(), unit.name()),
                year,
                target.map(TrainingTarget::version).orElse(null),
                target.map(TrainingTarget::updatedBy).orElse(null),
                saver.map(AccountName::displayName).orElse(null),
                saver.map(AccountName::unitName).orElse(null),
                target.map(TrainingTarget::updatedAt).orElse(null),
                categories,
                new RateTarget(
                        cityTarget,
                        TrainingTarget.DEFAULT_KEY_TEACHER_CITY_PERCENT,
                        city,
                        Shares.met(cityTarget, city)),
                new RateTarget(
                        countyTarget,
                        TrainingTarget.DEFAULT_KEY_TEACHER_COUNTY_PERCENT,
                        county,
                        Shares.met(countyTarget, county)),
                new RateTarget(complianceTarget, null, rate, Shares.met(complianceTarget, rate)),
                cycleStart);
    }
}
