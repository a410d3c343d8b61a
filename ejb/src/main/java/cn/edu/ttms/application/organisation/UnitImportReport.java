package cn.edu.ttms.application.organisation;

import cn.edu.ttms.application.sheet.ImportProblem;
import java.util.List;

/**
 * What an import of units found and did: data rows read, units created (for a dry run: the units
 * the import would create), rows naming units that already exist, and every problem.
 */
public record UnitImportReport(int rows, int created, int existing, List<ImportProblem> problems)
        implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public UnitImportReport {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
