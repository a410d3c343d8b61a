package cn.edu.ttms.application.plan;

import cn.edu.ttms.application.sheet.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A bureau's annual plan as a spreadsheet in the layout of the Chenzhou 2018 table, both ways: what
 * the plan import reads and what the plan export writes, so that one reads back what the other
 * wrote. Implemented in the infrastructure.
 */
public interface PlanSheets {

    /**
     * Reads an uploaded plan into rows, inferences and problems by row and column; never throws for
     * bad data, only for a file that cannot be read at all (a {@code DomainException}).
     */
    PlanSheetResult read(byte[] file, String fileName);

    /** Writes the plan's lines, under {@code title}, as .xlsx or CSV; does not close {@code out}. */
    void write(String title, List<PlanLine> lines, ExportFormat format, OutputStream out) throws IOException;
}
