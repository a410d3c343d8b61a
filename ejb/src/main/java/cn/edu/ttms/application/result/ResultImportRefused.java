package cn.edu.ttms.application.result;

import cn.edu.ttms.application.audit.RefusedImport;
import cn.edu.ttms.domain.model.shared.Invalid;

/** An upload with problems, refused whole (the default): nothing was saved. */
public class ResultImportRefused extends Invalid implements RefusedImport {

    private static final long serialVersionUID = 1L;

    private final transient ResultImportReport report;

    public ResultImportRefused(ResultImportReport report) {
        super(
                "error.resultSheet.refused",
                report.problems().size() + " problem(s); nothing saved",
                report.problems().size());
        this.report = report;
    }

    public ResultImportReport report() {
        return report;
    }

    @Override
    public int problemCount() {
        return report().problems().size();
    }
}
