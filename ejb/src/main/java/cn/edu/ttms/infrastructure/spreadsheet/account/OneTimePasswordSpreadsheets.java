package cn.edu.ttms.infrastructure.spreadsheet.account;

import cn.edu.ttms.application.account.OneTimePasswordSheets;
import cn.edu.ttms.infrastructure.spreadsheet.OneTimePasswordSheet;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** {@link OneTimePasswordSheets} as the print-ready {@link OneTimePasswordSheet}. */
@ApplicationScoped
public class OneTimePasswordSpreadsheets implements OneTimePasswordSheets {

    @Override
    public void write(String title, String note, List<Line> lines, OutputStream out) throws IOException {
        OneTimePasswordSheet.write(
                title,
                note,
                lines.stream()
                        .map(l -> new OneTimePasswordSheet.Line(
                                l.school(), l.name(), l.idSuffix(), l.username(), l.oneTimePassword(), l.validUntil()))
                        .toList(),
                out);
    }
}
