package cn.edu.ttms.application.teacher;

import cn.edu.ttms.application.sheet.ImportProblem;
import java.util.List;

/**
 * What a teacher sheet held: the rows that can be registered, every problem found (sorted by row,
 * then by the column's place in the sheet), and how many data rows were read, so that the user sees
 * "1,000 rows read, 997 valid, 3 problems" and knows that no row was silently dropped.
 */
public record TeacherSheetResult(List<TeacherRow> rows, List<ImportProblem> problems, int dataRowsRead) {

    public TeacherSheetResult {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
