package cn.edu.ttms.domain.model.compliance;

import cn.edu.ttms.domain.model.credit.CreditResult;
import cn.edu.ttms.domain.model.credit.ModuleCredits;
import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Selection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a teacher's training archive, as the compliance report needs it: the year it counts
 * in, the project's level (art. 9 counts county-or-above and school-level hours apart) and
 * selection (art. 7), the counted hours and credits with their module split (art. 11), its status,
 * and whether it was induction training (art. 9: not counted toward the cycle by default).
 *
 * <p>When a module split is given it must add up exactly to the hours and credits — the split of
 * rules.md §3.10 guarantees that. Credits without a split (e.g. lecturing) count toward the total
 * only. A void record is not checked: it counts for nothing (art. 21), and its figures are typically
 * the very ones that were tampered with, so they must never stop a report.
 */
public record ResultRecord(
        int year,
        Level level,
        Selection selection,
        Hours hours,
        Credits credits,
        List<ModuleCredits> moduleSplit,
        ResultStatus status,
        boolean induction) {

    public ResultRecord {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(status, "status");
        moduleSplit = List.copyOf(moduleSplit);
        if (status != ResultStatus.VOID && !moduleSplit.isEmpty()) {
            Set<Module> modules = EnumSet.noneOf(Module.class);
            moduleSplit.forEach(m -> modules.add(m.module()));
            Hours splitHours = moduleSplit.stream().map(ModuleCredits::hours).reduce(Hours.ZERO, Hours::plus);
            Credits splitCredits =
                    moduleSplit.stream().map(ModuleCredits::credits).reduce(Credits.ZERO, Credits::plus);
            if (modules.size() != moduleSplit.size() || !splitHours.equals(hours) || !splitCredits.equals(credits)) {
                throw new InvalidResultRecord(moduleSplit, hours, credits);
            }
        }
    }

    /**
     * A void result as the report counts it: nothing at all (art. 21), whatever figures it keeps for the
     * record.
     */
    public static ResultRecord voided(int year, Level level, Selection selection) {
        return new ResultRecord(year, level, selection, Hours.ZERO, Credits.ZERO, List.of(), ResultStatus.VOID, false);
    }

    /** A record of a calculated result: its counted hours and its (rounded) credits. */
    public static ResultRecord of(
            int year,
            Level level,
            Selection selection,
            CreditResult result,
            List<ModuleCredits> moduleSplit,
            ResultStatus status) {
        return new ResultRecord(
                year, level, selection, result.countedHours(), result.credits(), moduleSplit, status, false);
    }

    /** The credits of one module in this record (0 when the module has no part). */
    public Credits creditsOf(Module module) {
        return moduleSplit.stream()
                .filter(m -> m.module() == module)
                .map(ModuleCredits::credits)
                .findFirst()
                .orElse(Credits.ZERO);
    }
}
