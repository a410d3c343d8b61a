package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.teacher.Teacher;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A project's roster as a spreadsheet: the uploaded list of teachers to nominate (参培学员名单), and
 * the consolidated roster (参培学员名单汇总表) the export writes. Implemented in the infrastructure.
 */
public interface RosterSheets {

    /**
     * Reads an uploaded roster, matching each row to the registry by identity number; never throws
     * for bad data, only for a file that cannot be read at all (a {@code DomainException}).
     *
     * @param registered the registered teachers among some identity numbers, by number
     * @param mayEnrol whether the uploader may enrol a teacher of the unit at this path
     */
    RosterSheetResult read(
            byte[] file,
            String fileName,
            Function<Collection<String>, Map<String, RegisteredTeacher>> registered,
            Predicate<String> mayEnrol);

    /** The cells of one trainee in the consolidated roster, {@code number} counting from 1. */
    List<Object> exportRow(int number, Enrolment enrolment, Teacher teacher);

    /**
     * Writes the consolidated roster of the project named {@code projectName} as .xlsx or CSV; does not
     * close {@code out}.
     */
    void write(String projectName, List<List<Object>> rows, ExportFormat format, OutputStream out) throws IOException;
}
