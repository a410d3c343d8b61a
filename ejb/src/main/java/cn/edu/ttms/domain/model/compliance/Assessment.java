package cn.edu.ttms.domain.model.compliance;

import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.policy.RequirementPeriod;
import cn.edu.ttms.domain.model.shared.Module;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The requirement rows of one period — the whole cycle, or one year of it (art. 11: both must be
 * met). {@link #compliant()} looks at this period's own rows only; whether the cycle as a whole is
 * compliant, years included, is {@link ComplianceReport#compliant()}.
 *
 * <p>A period that has not begun yet (a later year of the current cycle) is not {@link #due()}: its
 * rows show what it will ask for, and its minimums are not yet owed, so it is no failure either.
 */
public record Assessment(RequirementPeriod period, int firstYear, int lastYear, List<RequirementRow> rows, boolean due)
        implements java.io.Serializable {

    public Assessment {
        Objects.requireNonNull(period, "period");
        rows = List.copyOf(rows);
    }

    /** A period that has begun. */
    public Assessment(RequirementPeriod period, int firstYear, int lastYear, List<RequirementRow> rows) {
        this(period, firstYear, lastYear, rows, true);
    }

    /** Every row met by recognised results. */
    public boolean compliant() {
        return rows.stream().allMatch(RequirementRow::met);
    }

    /** Every row met if the pending results are recognised as they stand. */
    public boolean compliantIncludingPending() {
        return rows.stream().allMatch(RequirementRow::metIncludingPending);
    }

    /** The rows not met by recognised results, each with its shortfall. */
    public List<RequirementRow> shortfalls() {
        return rows.stream().filter(r -> !r.met()).toList();
    }

    /** The rows the teacher still has to work on even once every pending result is recognised. */
    public List<RequirementRow> stillNeeded() {
        return rows.stream().filter(r -> !r.metIncludingPending()).toList();
    }

    public Optional<RequirementRow> row(Requirement requirement, Module module) {
        return rows.stream()
                .filter(r -> r.requirement() == requirement && r.module() == module)
                .findFirst();
    }
}
