package cn.edu.ttms.infrastructure.spreadsheet.result;

import cn.edu.ttms.application.result.ResultSheetResult;
import cn.edu.ttms.application.result.ResultSheets;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.result.TrainingResult;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.infrastructure.spreadsheet.SheetHeading;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetReader;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@link ResultSheets} on the spreadsheet reader and writer: {@link ResultSheet} reads; the grid is
 * written in the layout it reads back: 身份证号, 姓名, 学校, one 第N阶段学时 column per stage, 成绩 — then
 * the computed figures for reading (ignored on upload): 等次 in words (优, 良…), 学分 as a number.
 */
@ApplicationScoped
public class ResultSpreadsheets implements ResultSheets {

    static final String NAME = "姓名";
    static final String SCHOOL = "学校";
    static final String GRADE = "等次";
    static final String CREDITS = "学分";

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
    public void write(
            List<Integer> stages,
            List<TrainingResult> results,
            Map<Long, Teacher> byId,
            ExportFormat format,
            OutputStream out)
            throws IOException {
        List<String> header = new ArrayList<>(List.of(ResultSheet.IDENTITY, NAME, SCHOOL));
        stages.forEach(s -> header.add("第" + s + "阶段学时"));
        header.addAll(List.of(ResultSheet.SCORE, GRADE, CREDITS));
        List<List<Object>> rows = new ArrayList<>(results.size());
        for (TrainingResult result : results) {
            Teacher t = byId.get(result.teacherId());
            // the writer keeps typed names from becoming formulas once saved as CSV
            List<Object> row = new ArrayList<>(Arrays.asList(
                    t == null ? "" : t.identityNumber().value(),
                    t == null ? "" : t.name(),
                    t == null ? "" : t.school().name()));
            for (Integer s : stages) {
                row.add(result.stageHours().stream()
                        .filter(x -> x.stageNo() == s)
                        .map(x -> x.hours())
                        .findFirst()
                        .orElse(null));
            }
            row.add(result.score());
            row.add(
                    result.grade() == null
                            ? null
                            : DomainMessages.format(result.grade().messageKey(), List.of(), Locale.SIMPLIFIED_CHINESE));
            row.add(result.credits());
            rows.add(row);
        }
        new SpreadsheetWriter().write(format, SheetHeading.of(header), rows, out);
    }
}
