package cn.edu.ttms.application.result;

import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.teacher.Teacher;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A class's results grid as a spreadsheet: the .xlsx the host fills in offline and the reading of
 * the uploaded one. Implemented in the infrastructure.
 */
public interface ResultSheets {

    /**
     * Reads an uploaded results sheet, matching each row to the class by identity number; never
     * throws for bad data, only for a file that cannot be read at all (a {@code DomainException}).
     *
     * @param resultsByIdentity the class's results by their trainee's identity number
     * @param stages the stages the class offers
     */
    ResultSheetResult read(byte[] file, String fileName, Map<String, Long> resultsByIdentity, Set<Integer> stages);

    /** The sheet's column name for a field of the result rules' problems ({@code row 7: stage2}). */
    String column(String field);

    /**
     * Writes the grid as .xlsx or CSV, one row per result with its trainee ({@code teachers}, by id) and
     * then the computed figures for reading; does not close {@code out}.
     */
    void write(
            List<Integer> stages,
            List<TrainingResult> results,
            Map<Long, Teacher> teachers,
            ExportFormat format,
            OutputStream out)
            throws IOException;
}
