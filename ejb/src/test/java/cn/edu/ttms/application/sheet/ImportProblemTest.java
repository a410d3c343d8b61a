package cn.edu.ttms.application.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportProblemTest {

    @Test
    void holdsWhereWhatAndTheMessageArguments() {
        ImportProblem problem = ImportProblem.of(12, "培训天数", "import.days.invalid", "6.55", "0.5");

        assertEquals(12, problem.row());
        assertEquals("培训天数", problem.column());
        assertEquals("import.days.invalid", problem.messageKey());
        assertEquals(List.of("6.55", "0.5"), problem.args());
    }

    @Test
    void aWholeRowProblemHasAnEmptyColumn() {
        assertEquals("", ImportProblem.of(5, "", "import.row.duplicate").column());
    }

    @Test
    void rowsAreNumberedAsInExcel() {
        assertThrows(IllegalArgumentException.class, () -> ImportProblem.of(0, "姓名", "import.name.missing"));
    }
}
