package cn.edu.ttms.application.plan;

import cn.edu.ttms.application.sheet.ImportProblem;
import java.util.List;

/** What a plan import read, inferred and found wrong, and the plan it created (null for a preview). */
public record PlanImportReport(PlanSheetResult sheet, List<ImportProblem> problems, Long planId)
        implements java.io.Serializable {}
