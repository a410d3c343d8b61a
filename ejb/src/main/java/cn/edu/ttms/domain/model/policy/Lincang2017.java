package cn.edu.ttms.domain.model.policy;

import static cn.edu.ttms.domain.model.policy.Requirement.COUNTY_OR_ABOVE_HOURS;
import static cn.edu.ttms.domain.model.policy.Requirement.SCHOOL_BASED_HOURS;
import static cn.edu.ttms.domain.model.policy.Requirement.TOTAL_CREDITS;
import static cn.edu.ttms.domain.model.policy.Requirement.TOTAL_HOURS;
import static cn.edu.ttms.domain.model.policy.RequirementPeriod.CYCLE;
import static cn.edu.ttms.domain.model.policy.RequirementPeriod.YEAR;

import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import java.math.BigDecimal;
import java.time.Month;

/**
 * The figures of the Lincang whole-staff training management measures (trial), 2017 (seed {@code
 * 001_…}, attachment 2), as summarised in rules.md. The only data, in the whole engine, taken from
 * that document.
 */
final class Lincang2017 {

    private static final PolicyRules RULES = build();

    private Lincang2017() {}

    static PolicyRules rules() {
        return RULES;
    }

    private static PolicyRules build() {
        PolicyRulesBuilder b = new PolicyRulesBuilder();
        // Art. 10: credits per hour by level; 校本研修及网络研修 0.5–1, so ONLINE overrides the level.
        b.levelRateRange(Level.SCHOOL, d("0.5"), d("1"))
                .levelRateRange(Level.COUNTY, d("1"), d("1.5"))
                .levelRateRange(Level.MUNICIPAL, d("1"), d("2"))
                .levelRateRange(Level.PROVINCIAL, d("1"), d("2.5"))
                .levelRateRange(Level.NATIONAL, d("1"), d("3"))
                .formRateRange(DeliveryForm.ONLINE, d("0.5"), d("1"));
        // Art. 10 grades; half-open bands so that 89.5 is GOOD (rules.md §3.5).
        b.gradeBand(Grade.EXCELLENT, d("90"), d("100"))
                .gradeBand(Grade.GOOD, d("80"), d("90"))
                .gradeBand(Grade.FAIR, d("70"), d("80"))
                .gradeBand(Grade.PASS, d("60"), d("70"))
                .gradeBand(Grade.FAIL, d("0"), d("60"));
        // Art. 10 coefficients, monotonic reading (rules.md §3.6).
        b.coefficient(Grade.EXCELLENT, d("0.25"))
                .coefficient(Grade.GOOD, d("0.2"))
                .coefficient(Grade.FAIR, d("0.15"))
                .coefficient(Grade.PASS, d("0.1"));
        // Art. 9: 6 h a day of short concentrated training; Chenzhou: 1 h a day back at post.
        for (DeliveryForm form : new DeliveryForm[] {
            DeliveryForm.LOCAL_CONCENTRATED, DeliveryForm.OFFSITE_CONCENTRATED,
            DeliveryForm.MIXED_CONCENTRATED, DeliveryForm.DELIVERED_ON_SITE,
            DeliveryForm.OVERSEAS, DeliveryForm.SHADOWING
        }) {
            b.hoursPerDay(form, d("6"));
        }
        b.hoursPerDay(DeliveryForm.RETURN_TO_POST, d("1"));
        // Five calendar years (art. 9), aligned with the national plan periods: 2026–2030 is a cycle.
        b.cycle(2016, 5);
        // Art. 9 (hours) and art. 11 (credits): cycle, then yearly.
        minimums(b, CYCLE, 360, 240, 120, 360, 30, 60, 120, 30, 120);
        minimums(b, YEAR, 72, 48, 24, 72, 6, 12, 24, 6, 24);
        b.selfSelectedShare(d("0.6")); // art. 7
        b.failedResultsCountHours(false); // art. 13, rules.md §3.7
        b.inductionHoursCount(false).inductionMinimums(d("120"), d("60")); // art. 9
        // Art. 12: 国培 ×10, province ×8, city ×6, county ×4; none for SCHOOL.
        b.lecturingFactor(Level.NATIONAL, d("10"))
                .lecturingFactor(Level.PROVINCIAL, d("8"))
                .lecturingFactor(Level.MUNICIPAL, d("6"))
                .lecturingFactor(Level.COUNTY, d("4"));
        b.publicationMonths(Month.MARCH, Month.SEPTEMBER); // art. 5
        return b.build();
    }

    private static void minimums(PolicyRulesBuilder b, RequirementPeriod period, int... v) {
        b.minimum(period, TOTAL_HOURS, BigDecimal.valueOf(v[0]))
                .minimum(period, COUNTY_OR_ABOVE_HOURS, BigDecimal.valueOf(v[1]))
                .minimum(period, SCHOOL_BASED_HOURS, BigDecimal.valueOf(v[2]))
                .minimum(period, TOTAL_CREDITS, BigDecimal.valueOf(v[3]))
                .moduleMinimum(period, Module.ETHICS, BigDecimal.valueOf(v[4]))
                .moduleMinimum(period, Module.KNOWLEDGE, BigDecimal.valueOf(v[5]))
                .moduleMinimum(period, Module.COMPETENCE, BigDecimal.valueOf(v[6]))
                .moduleMinimum(period, Module.CLASS_MANAGEMENT, BigDecimal.valueOf(v[7]))
                .moduleMinimum(period, Module.SCHOOL_BASED, BigDecimal.valueOf(v[8]));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
