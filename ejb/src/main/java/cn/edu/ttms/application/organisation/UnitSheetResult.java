package cn.edu.ttms.application.organisation;

import cn.edu.ttms.application.sheet.ImportProblem;
import java.util.List;

/**
 * What a units sheet held: how many data rows were read, the units to create (parents first), how
 * many rows name units that already exist, and every problem by row and column.
 */
public record UnitSheetResult(int rows, List<UnitRow> toCreate, int existing, List<ImportProblem> problems) {

    public UnitSheetResult {
        toCreate = List.copyOf(toCreate);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
