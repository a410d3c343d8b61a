package cn.edu.ttms.infrastructure.spreadsheet;

import static cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetFormat.CSV;
import static cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetFormat.TSV;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The one small table every format is generated from, and what reading any of them must give.
 * Generated, never committed: a fixture in a binary format nobody can review is a fixture nobody
 * can trust.
 */
enum Fixtures {
    XLSX("名单.xlsx"),
    XLS("名单.xls"),
    CSV_UTF8_WITH_BOM("名单.csv"),
    CSV_UTF8_WITHOUT_BOM("名单.csv"),
    CSV_GBK("名单.csv"),
    TSV_UTF8("名单.txt"),
    TSV_GBK("名单.txt"),
    /** Excel's "Unicode Text (*.txt)". */
    TSV_UTF16("名单.txt");

    static final Charset GBK = Charset.forName("GBK");

    static final List<String> HEADER = List.of("姓名", "身份证号", "学校", "学时", "培训天数", "开始日期");

    /** 张三, a blank row in the middle, then 李四 with no start date and a school needing quotes. */
    static final List<List<?>> ROWS = List.of(
            List.of("张三", "53090219800101001X", "昆明市第一中学", 45, 6.5, LocalDate.of(2026, 3, 2)),
            List.of(),
            Arrays.asList("李四", "530902198505050021", "大理州\"实验\"小学, 分校", 12, 0.5, null));

    /** Row numbers as Excel shows them: the header is row 1, the blank row keeps its number. */
    static final List<SheetRow> EXPECTED = List.of(
            new SheetRow(1, HEADER),
            new SheetRow(2, List.of("张三", "53090219800101001X", "昆明市第一中学", "45", "6.5", "2026-03-02")),
            new SheetRow(3, List.of()),
            new SheetRow(4, List.of("李四", "530902198505050021", "大理州\"实验\"小学, 分校", "12", "0.5")));

    final String fileName;

    Fixtures(String fileName) {
        this.fileName = fileName;
    }

    SpreadsheetFormat format() {
        return switch (this) {
            case XLSX -> SpreadsheetFormat.XLSX;
            case XLS -> SpreadsheetFormat.XLS;
            case CSV_UTF8_WITH_BOM, CSV_UTF8_WITHOUT_BOM, CSV_GBK -> SpreadsheetFormat.CSV;
            case TSV_UTF8, TSV_GBK, TSV_UTF16 -> SpreadsheetFormat.TSV;
        };
    }

    byte[] bytes() {
        return write(HEADER, ROWS);
    }

    byte[] write(List<String> header, List<? extends List<?>> rows) {
        SpreadsheetWriter writer = new SpreadsheetWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (this) {
                case XLSX -> writer.writeXlsx(header, rows, out);
                case XLS -> writer.writeXls(header, rows, out);
                case CSV_UTF8_WITH_BOM -> writer.writeText(CSV, UTF_8, true, header, rows, out);
                case CSV_UTF8_WITHOUT_BOM -> writer.writeText(CSV, UTF_8, false, header, rows, out);
                case CSV_GBK -> writer.writeText(CSV, GBK, false, header, rows, out);
                case TSV_UTF8 -> writer.writeText(TSV, UTF_8, false, header, rows, out);
                case TSV_GBK -> writer.writeText(TSV, GBK, false, header, rows, out);
                case TSV_UTF16 -> writer.writeText(TSV, UTF_16LE, true, header, rows, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
