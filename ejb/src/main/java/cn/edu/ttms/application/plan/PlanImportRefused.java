package cn.edu.ttms.application.plan;

import cn.edu.ttms.application.audit.RefusedImport;
import cn.edu.ttms.domain.model.shared.Invalid;

/** A plan file with problems, imported all-or-nothing: nothing was written. */
public class PlanImportRefused extends Invalid implements RefusedImport {

    private static final long serialVersionUID = 1L;
    private final transient PlanImportReport report;

    public PlanImportRefused(PlanImportReport report) {
        super(
                "import.refused",
                report.problems().size() + " problems, nothing imported",
                report.problems().size());
        this.report = report;
    }

    public PlanImportReport report() {
        return report;
    }

    @Override
    public int problemCount() {
        return report().problems().size();
    }
}
