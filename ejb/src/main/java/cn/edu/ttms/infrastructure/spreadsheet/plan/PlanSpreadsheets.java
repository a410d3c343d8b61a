package cn.edu.ttms.infrastructure.spreadsheet.plan;

import cn.edu.ttms.application.plan.PlanLine;
import cn.edu.ttms.application.plan.PlanSheetResult;
import cn.edu.ttms.application.plan.PlanSheets;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** {@link PlanSheets} on the spreadsheet reader and writer: {@link PlanSheet} and {@link PlanExport}. */
@ApplicationScoped
public class PlanSpreadsheets implements PlanSheets {

    @Override
    public PlanSheetResult read(byte[] file, String fileName) {
        return new PlanSheet().read(new SpreadsheetReader().read(new ByteArrayInputStream(file), fileName));
    }

    @Override
    public void write(String title, List<PlanLine> lines, ExportFormat format, OutputStream out) throws IOException {
        new PlanExport().write(title, lines, format, out);
    }
}
