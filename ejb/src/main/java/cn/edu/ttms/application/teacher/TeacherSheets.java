package cn.edu.ttms.application.teacher;

import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.teacher.Teacher;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The bureaus' teacher lists as spreadsheets: what the teacher import reads (xlsx, xls, CSV in UTF-8
 * or GBK) and what the registry export writes. Implemented in the infrastructure.
 */
public interface TeacherSheets {

    /**
     * Reads an uploaded teacher list into rows and problems by row and column; never throws for bad
     * data, only for a file that cannot be read at all (a {@code DomainException}).
     *
     * @param schoolIdByName the school of a name, among those the caller may import into
     * @param registeredAmong which of some identity numbers are registered already
     */
    TeacherSheetResult read(
            byte[] file,
            String fileName,
            Function<String, Optional<Long>> schoolIdByName,
            Function<Collection<String>, Set<String>> registeredAmong);

    /** The cells of one teacher in the export, in the order of the export's header. */
    List<Object> exportRow(Teacher teacher);

    /** Writes the export's header and rows ({@link #exportRow}) as .xlsx or CSV; does not close {@code out}. */
    void write(List<List<Object>> rows, ExportFormat format, OutputStream out) throws IOException;
}
