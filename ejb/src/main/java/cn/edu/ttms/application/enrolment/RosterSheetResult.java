package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.application.sheet.ImportProblem;
import java.util.List;

/**
 * What a roster sheet held.
 *
 * @param matches the rows to enrol, in sheet order
 * @param problems every problem, by row, then by the column's place in the sheet
 * @param dataRowsRead the non-blank rows under the header
 */
public record RosterSheetResult(List<RosterMatch> matches, List<ImportProblem> problems, int dataRowsRead) {

    public RosterSheetResult {
        matches = List.copyOf(matches);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
