package cn.edu.ttms.application.teacher;

import cn.edu.ttms.application.sheet.ImportProblem;
import java.util.List;

/**
 * What an import found and did: data rows read, rows that can be (or were) imported, and every
 * problem by row and column. {@code imported} is 0 for a preview or a refused file;
 * {@code accountsOpened} counts the teacher accounts opened for the new teachers, if asked for.
 */
public record TeacherImportReport(int rows, int valid, int imported, List<ImportProblem> problems, int accountsOpened)
        implements java.io.Serializable {

    public TeacherImportReport(int rows, int valid, int imported, List<ImportProblem> problems) {
        this(rows, valid, imported, problems, 0);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
