package cn.edu.ttms.infrastructure.spreadsheet.teacher;

import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.application.teacher.TeacherSheetResult;
import cn.edu.ttms.application.teacher.TeacherSheets;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.infrastructure.spreadsheet.SheetHeading;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetReader;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link TeacherSheets} on the spreadsheet reader and writer: {@link TeacherSheet} reads; the export
 * writes labels in Chinese as the import reads them (学段 小学, not PRIMARY) and 参加工作时间 as a date.
 */
@ApplicationScoped
public class TeacherSpreadsheets implements TeacherSheets {

    static final List<String> EXPORT_HEADER = List.of("姓名", "性别", "身份证号", "手机", "学校", "学科", "学段", "职称", "参加工作时间", "民办");

    @Override
    public TeacherSheetResult read(
            byte[] file,
            String fileName,
            Function<String, Optional<Long>> schoolIdByName,
            Function<Collection<String>, Set<String>> registeredAmong) {
        return new TeacherSheet(schoolIdByName, registeredAmong)
                .read(new SpreadsheetReader().read(new ByteArrayInputStream(file), fileName));
    }

    @Override
    public List<Object> exportRow(Teacher t) {
        return List.of(
                t.name(),
                t.gender() == Gender.MALE ? "男" : "女",
                t.identityNumber().value(),
                t.phone() == null ? "" : t.phone(),
                t.school().name(),
                t.subject(),
                DomainMessages.format(t.stage().messageKey(), List.of(), Locale.SIMPLIFIED_CHINESE),
                t.title() == null ? "" : t.title(),
                t.serviceStart() == null ? "" : t.serviceStart(),
                t.privateSchool() ? "是" : "否");
    }

    @Override
    public void write(List<List<Object>> rows, ExportFormat format, OutputStream out) throws IOException {
        new SpreadsheetWriter().write(format, SheetHeading.of(EXPORT_HEADER), rows, out);
    }
}
