package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.application.audit.RefusedImport;
import cn.edu.ttms.domain.model.shared.Invalid;

/** An all-or-nothing roster upload with problems: nobody was enrolled; the report names every problem. */
public class RosterImportRefused extends Invalid implements RefusedImport {

    private static final long serialVersionUID = 1L;
    private final transient RosterImportReport report;

    public RosterImportRefused(RosterImportReport report) {
        super(
                "import.refused",
                report.problems().size() + " problems, nobody enrolled",
                report.problems().size());
        this.report = report;
    }

    public RosterImportReport report() {
        return report;
    }

    @Override
    public int problemCount() {
        return report().problems().size();
    }
}
