package cn.edu.ttms.application.document;

import cn.edu.ttms.domain.model.compliance.RequirementRow;
import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a transcript (培训学时学分证明) states: a teacher's results in one cycle and the compliance that
 * follows from them. Recognised results are final; pending ones are listed apart as not final; void ones
 * are not listed at all.
 *
 * @param policies the policy versions applied, as "name (第 n 版)" in the order first used
 */
public record TranscriptContent(
        Holder holder,
        int cycleFirstYear,
        int cycleLastYear,
        List<Line> recognised,
        List<Line> pending,
        Standing cycle,
        List<Standing> years,
        List<String> policies,
        Issue issue) {

    public TranscriptContent {
        Objects.requireNonNull(holder, "holder");
        recognised = List.copyOf(recognised);
        pending = List.copyOf(pending);
        Objects.requireNonNull(cycle, "cycle");
        years = List.copyOf(years);
        policies = List.copyOf(policies);
        Objects.requireNonNull(issue, "issue");
    }

    /** A transcript for a cycle without any result still says so: it is not an error. */
    public boolean empty() {
        return recognised.isEmpty() && pending.isEmpty();
    }

    /** The teacher, named in full (the document is theirs), the identity number masked. */
    public record Holder(String name, String maskedIdentityNumber, String school) {}

    /**
     * One result.
     *
     * @param modules the credits per module (only modules with a share)
     * @param policy the policy version the credits were computed under, or null
     */
    public record Line(
            String projectCode,
            String projectName,
            Level level,
            int year,
            LocalDate start,
            LocalDate end,
            BigDecimal hours,
            BigDecimal credits,
            Map<Module, BigDecimal> modules,
            ResultStatus status,
            String policy) {

        public Line {
            modules = Map.copyOf(modules);
        }
    }

    /**
     * The compliance of the cycle ({@code year} null) or of one year.
     *
     * @param due false for a year still to come: shown as not yet due, never as failed
     */
    public record Standing(Integer year, boolean due, boolean compliant, List<RequirementRow> rows) {

        public Standing {
            rows = List.copyOf(rows);
        }
    }

    /** Recognised hours and credits: what the verification page shows as the totals. */
    public Totals totals() {
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (Line line : recognised) {
            hours = hours.add(line.hours());
            credits = credits.add(line.credits());
        }
        return new Totals(hours, credits);
    }

    public record Totals(BigDecimal hours, BigDecimal credits) {}
}
