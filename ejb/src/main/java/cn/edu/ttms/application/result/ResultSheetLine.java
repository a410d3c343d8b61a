package cn.edu.ttms.application.result;

import java.math.BigDecimal;
import java.util.Map;

/** A data row of an uploaded results sheet, matched to a result of the class. */
public record ResultSheetLine(int row, long resultId, Map<Integer, BigDecimal> stageHours, BigDecimal score) {}
