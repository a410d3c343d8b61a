package cn.edu.ttms.application.teacher;

import cn.edu.ttms.application.audit.RefusedImport;
import cn.edu.ttms.domain.model.shared.Invalid;

/** An all-or-nothing import with problems: nothing was written; the report names every problem. */
public class TeacherImportRefused extends Invalid implements RefusedImport {

    private static final long serialVersionUID = 1L;
    private final TeacherImportReport report;

    public TeacherImportRefused(TeacherImportReport report) {
        super(
                "import.refused",
                report.problems().size() + " problems, nothing imported",
                report.problems().size());
        this.report = report;
    }

    public TeacherImportReport report() {
        return report;
    }

    @Override
    public int problemCount() {
        return report().problems().size();
    }
}
