package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.application.sheet.ImportProblem;
import java.util.List;

/**
 * What a roster upload found and did: data rows read, rows matched to a registered teacher the
 * uploader may enrol, rows enrolled (0 for a preview or a refused upload), and every problem by row
 * and column, a refused nomination included, with the rule's own message.
 */
public record RosterImportReport(int rows, int matched, int enrolled, List<ImportProblem> problems)
        implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public RosterImportReport {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
