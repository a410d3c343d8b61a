package cn.edu.ttms.application.plan;

import java.util.List;

/**
 * A plan as its own table (the Chenzhou 2018 layout), as the caller may see it: its summary, whose
 * totals are those of the lines, and one line per project stage, projects by sequence number.
 */
public record PlanTable(PlanSummary summary, List<PlanLine> lines) implements java.io.Serializable {

    public PlanTable {
        lines = List.copyOf(lines);
    }
}
