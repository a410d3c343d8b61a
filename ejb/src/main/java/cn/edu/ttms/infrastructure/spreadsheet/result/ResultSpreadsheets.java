package cn.edu.ttms.infrastructure.spreadsheet.result;

import cn.edu.ttms.application.result.ResultSheetResult;
import cn.edu.ttms.application.result.ResultSheets;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.infrastructure.spreadsheet.FormulaGuard;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@link ResultSheets} on the spreadsheet reader and Apache POI: {@link ResultSheet} reads; the grid
 * is written in the layout it reads back: 身份证号, 姓名, 学校, one 第N阶段学时 column per stage, 成绩 — then
 * the computed figures for reading (ignored on upload).
 */
@ApplicationScoped
public class ResultSpreadsheets implements ResultSheets {

    @Override
    public ResultSheetResult read(
            byte[] file, String fileName, Map<String, Long> resultsByIdentity, Set<Integer> stages) {
        return new ResultSheet(resultsByIdentity, stages)
                .read(new SpreadsheetReader().read(new ByteArrayInputStream(file), fileName));
    }

    @Override
    public String column(String field) {
        return ResultSheet.column(field);
    }

    @Override
    public void writeXlsx(List<Integer> stages, List<TrainingResult> rows, Map<Long, Teacher> byId, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("成绩");
            Row head = sheet.createRow(0);
            List<String> names = new ArrayList<>(List.of(ResultSheet.IDENTITY, "姓名", "学校"));
            stages.forEach(s -> names.add("第" + s + "阶段学时"));
            names.addAll(List.of(ResultSheet.SCORE, "等次", "学分"));
            for (int c = 0; c < names.size(); c++) {
                head.createCell(c).setCellValue(names.get(c));
            }
            int r = 1;
            for (TrainingResult result : rows) {
                Teacher t = byId.get(result.teacherId());
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++)
                        .setCellValue(t == null ? "" : t.identityNumber().value());
                // names are typed by people: guarded against a formula once saved as CSV
                row.createCell(c++).setCellValue(t == null ? "" : FormulaGuard.neutralise(t.name()));
                row.createCell(c++)
                        .setCellValue(
                                t == null
                                        ? ""
                                        : FormulaGuard.neutralise(t.school().name()));
                for (Integer s : stages) {
                    BigDecimal h = result.stageHours().stream()
                            .filter(x -> x.stageNo() == s)
                            .map(x -> x.hours())
                            .findFirst()
                            .orElse(null);
                    var cell = row.createCell(c++);
                    if (h != null) {
                        cell.setCellValue(h.doubleValue()); // one decimal: exact in a double's shortest form
                    }
                }
                var score = row.createCell(c++);
                if (result.score() != null) {
                    score.setCellValue(result.score().doubleValue());
                }
                row.createCell(c++)
                        .setCellValue(
                                result.grade() == null ? "" : result.grade().name());
                row.createCell(c).setCellValue(result.credits().toPlainString());
            }
            for (int c = 0; c < names.size(); c++) {
                sheet.setColumnWidth(c, c == 0 ? 22 * 256 : 12 * 256);
            }
            book.write(out);
        }
    }
}
