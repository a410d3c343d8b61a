package cn.edu.ttms.infrastructure.spreadsheet.organisation;

import cn.edu.ttms.application.organisation.KnownUnit;
import cn.edu.ttms.application.organisation.UnitSheetResult;
import cn.edu.ttms.application.organisation.UnitSheets;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetReader;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** {@link UnitSheets} on the spreadsheet reader and writer: {@link UnitSheet} reads. */
@ApplicationScoped
public class UnitSpreadsheets implements UnitSheets {

    /** The header of the template, in its order. */
    public static final List<String> TEMPLATE_HEADER = List.of(
            UnitColumn.NAME.header(), UnitColumn.KIND.header(), UnitColumn.PARENT.header(), UnitColumn.CODE.header());

    @Override
    public UnitSheetResult read(
            byte[] file,
            String fileName,
            Collection<KnownUnit> subtree,
            Function<Collection<String>, Set<String>> codesInUse) {
        var rows = new SpreadsheetReader().read(new ByteArrayInputStream(file), fileName);
        return new UnitSheet(subtree, codesInUse).read(rows);
    }

    @Override
    public void writeTemplate(OutputStream out) throws IOException {
        new SpreadsheetWriter()
                .writeXlsx(
                        TEMPLATE_HEADER,
                        List.of(List.of("示例县", "县(区)", "示例市", "530999"), List.of("示例县第一中学", "学校", "示例县", "")),
                        out);
    }
}
