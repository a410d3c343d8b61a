package cn.edu.ttms.domain.model.attendance;

import java.math.BigDecimal;

/** The hours a teacher attended in one stage of a project: the sum of the hours of the sessions attended. */
public record StageHours(long teacherId, int stageNo, BigDecimal hours) {}
