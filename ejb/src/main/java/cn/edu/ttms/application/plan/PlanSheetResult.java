package cn.edu.ttms.application.plan;

import cn.edu.ttms.application.sheet.ImportProblem;
import java.io.Serializable;
import java.util.List;

/**
 * What an annual plan sheet held, and how its totals come out.
 *
 * <p>The totals count every data row read, whether or not it has a problem, so that a faulty row
 * never disappears from them quietly: a row with an unknown form still counts as a project and with
 * its places; a row whose 培训人数 cannot be read adds no places, and says so at 培训人数 (and, if the
 * sheet states a total, again at the total line, which then no longer matches).
 *
 * @param rows the rows read without problem, in sheet order
 * @param inferences everything the importer inferred or repaired, in sheet order
 * @param problems everything wrong, sorted by row, then by the column's place in the sheet
 * @param rowsRead the data rows under the header (projects and continuation stages), blank rows and
 *     the sheet's own total line not counted: 54 in the Chenzhou 2018 plan
 * @param projects the data rows that are projects, that is, all but continuation rows: 53
 * @param places trainee places (人次): the sum of 培训人数 over every data row read, continuation stages
 *     included, each once: 7,205
 * @param statedPlaces the total the sheet states on its own total line (培训总人次), or {@code null}
 * @param title the sheet's title line above the header ({@code 2026年临沧市教师培训计划}), or {@code null}
 * @param year the plan year the title lines above the header state ({@code 2026年…}), or {@code null}
 *     when they state none: the importer then asks for it
 */
public record PlanSheetResult(
        List<PlanRow> rows,
        List<PlanInference> inferences,
        List<ImportProblem> problems,
        int rowsRead,
        int projects,
        long places,
        Integer statedPlaces,
        String title,
        Integer year)
        implements Serializable {

    /** A sheet without title or year. */
    public PlanSheetResult(
            List<PlanRow> rows,
            List<PlanInference> inferences,
            List<ImportProblem> problems,
            int rowsRead,
            int projects,
            long places,
            Integer statedPlaces) {
        this(rows, inferences, problems, rowsRead, projects, places, statedPlaces, null, null);
    }

    public PlanSheetResult {
        rows = List.copyOf(rows);
        inferences = List.copyOf(inferences);
        problems = List.copyOf(problems);
    }

    /** The same sheet, with the title and year its lines above the header state. */
    public PlanSheetResult titled(String title, Integer year) {
        return new PlanSheetResult(rows, inferences, problems, rowsRead, projects, places, statedPlaces, title, year);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Continuation rows read: the further stages of projects. */
    public int stages() {
        return rowsRead - projects;
    }
}
