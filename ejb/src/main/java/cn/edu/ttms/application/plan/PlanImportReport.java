package cn.edu.ttms.application.plan;

import cn.edu.ttms.application.sheet.ImportProblem;
import java.util.List;

/**
 * What a plan import read, inferred and found wrong, and the plan it created (null for a preview).
 *
 * @param samePlans the bureau's plans of the sheet's (or the chosen) year, which the import would
 *     duplicate; empty when there are none or the year is not known yet
 */
public record PlanImportReport(
        PlanSheetResult sheet, List<ImportProblem> problems, Long planId, List<PlanRef> samePlans)
        implements java.io.Serializable {

    public PlanImportReport {
        samePlans = samePlans == null ? List.of() : List.copyOf(samePlans);
    }

    public PlanImportReport(PlanSheetResult sheet, List<ImportProblem> problems, Long planId) {
        this(sheet, problems, planId, List.of());
    }
}
