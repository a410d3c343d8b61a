package cn.edu.ttms.application.organisation;

import cn.edu.ttms.application.audit.RefusedImport;
import cn.edu.ttms.domain.model.shared.Invalid;

/** A units sheet with problems: nothing was created; the report names every problem. */
public class UnitImportRefused extends Invalid implements RefusedImport {

    private static final long serialVersionUID = 1L;
    private final transient UnitImportReport report;

    public UnitImportRefused(UnitImportReport report) {
        super(
                "import.units.refused",
                report.problems().size() + " problems, no unit imported",
                report.problems().size());
        this.report = report;
    }

    public UnitImportReport report() {
        return report;
    }

    @Override
    public int problemCount() {
        return report.problems().size();
    }
}
