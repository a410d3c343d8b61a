package cn.edu.ttms.application.plan;

import java.math.BigDecimal;
import java.util.List;

/** A plan's page: its summary, totals by category and by level, and its projects. */
public record PlanDetails(PlanSummary summary, List<Total> byCategory, List<Total> byLevel, List<ProjectLine> projects)
        implements java.io.Serializable {

    /** Projects, places and days of one category or level. */
    public record Total(String key, int projects, int places, BigDecimal days) implements java.io.Serializable {}

    /** One project of the plan. */
    public record ProjectLine(
            long id,
            Integer sequenceNo,
            String code,
            String name,
            String category,
            String level,
            String status,
            int places,
            BigDecimal days,
            String hosts)
            implements java.io.Serializable {}
}
