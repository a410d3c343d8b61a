package cn.edu.ttms.application.plan;

import java.math.BigDecimal;

/** A plan in a list: its projects, places (person-times) and days as the caller may see them. */
public record PlanSummary(
        long id, int year, String name, String owner, String level, int projects, int places, BigDecimal days)
        implements java.io.Serializable {}
