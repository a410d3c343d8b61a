package cn.edu.ttms.domain.model.credit;

import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Module;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a result's hours and credits among the modules in the proportion the project declares
 * (rules.md §3.10). Each module but the last is rounded HALF_UP — credits to 2 places, hours to the
 * 1 place hours carry (rules.md §3.8) — and the last module listed takes the remainder, so the
 * parts add up exactly to the result. E.g. 25.92 credits over 6 h ETHICS + 12 h COMPETENCE: 8.64
 * and 17.28.
 */
final class ModuleSplitter {

    private ModuleSplitter() {}

    static List<ModuleCredits> split(Hours hours, Credits credits, List<ModuleShare> declared) {
        check(declared);
        List<BigDecimal> weights = declared.stream().map(s -> s.hours().value()).toList();
        List<BigDecimal> hourParts = apportion(hours.value(), Hours.SCALE, weights);
        List<BigDecimal> creditParts = apportion(credits.value(), Credits.SCALE, weights);
        List<ModuleCredits> parts = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            parts.add(new ModuleCredits(
                    declared.get(i).module(), new Hours(hourParts.get(i)), new Credits(creditParts.get(i))));
        }
        return List.copyOf(parts);
    }

    private static void check(List<ModuleShare> declared) {
        if (declared.isEmpty()) {
            throw InvalidModuleShares.empty();
        }
        Set<Module> seen = EnumSet.noneOf(Module.class);
        for (ModuleShare share : declared) {
            if (!seen.add(share.module())) {
                throw InvalidModuleShares.duplicate(share.module());
            }
        }
        if (declared.stream().allMatch(s -> s.hours().isZero())) {
            throw InvalidModuleShares.noHours();
        }
    }

    /**
     * Rounds every part but the last and gives the last the remainder. In the rare case that the
     * rounded parts overshoot the total (a tiny total over many modules), the overshoot is taken back
     * from the earlier parts, latest first, so that no part is negative.
     */
    static List<BigDecimal> apportion(BigDecimal total, int scale, List<BigDecimal> weights) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal[] parts = new BigDecimal[weights.size()];
        BigDecimal given = BigDecimal.ZERO;
        int last = weights.size() - 1;
        for (int i = 0; i < last; i++) {
            parts[i] = total.multiply(weights.get(i)).divide(sum, scale, RoundingMode.HALF_UP);
            given = given.add(parts[i]);
        }
        parts[last] = total.subtract(given);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        for (int i = last - 1; parts[last].signum() < 0 && i >= 0; i--) {
            while (parts[last].signum() < 0 && parts[i].signum() > 0) {
                parts[i] = parts[i].subtract(unit);
                parts[last] = parts[last].add(unit);
            }
        }
        return List.of(parts);
    }
}
