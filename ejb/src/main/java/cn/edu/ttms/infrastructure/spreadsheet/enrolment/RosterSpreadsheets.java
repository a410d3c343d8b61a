package cn.edu.ttms.infrastructure.spreadsheet.enrolment;

import cn.edu.ttms.application.enrolment.RegisteredTeacher;
import cn.edu.ttms.application.enrolment.RosterSheetResult;
import cn.edu.ttms.application.enrolment.RosterSheets;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentChannel;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.infrastructure.spreadsheet.SheetHeading;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetReader;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** {@link RosterSheets} on the spreadsheet reader and writer: {@link RosterSheet} reads. */
@ApplicationScoped
public class RosterSpreadsheets implements RosterSheets {

    static final String TITLE = "参培学员名单汇总表";
    static final List<String> HEADER = List.of("序号", "姓名", "性别", "身份证号", "学校", "学科", "学段", "报名方式", "报名时间");

    @Override
    public RosterSheetResult read(
            byte[] file,
            String fileName,
            Function<Collection<String>, Map<String, RegisteredTeacher>> registered,
            Predicate<String> mayEnrol) {
        return new RosterSheet(registered, mayEnrol)
                .read(new SpreadsheetReader().read(new ByteArrayInputStream(file), fileName));
    }

    @Override
    public List<Object> exportRow(int number, Enrolment e, Teacher t) {
        return List.of(
                number,
                t.name(),
                t.gender() == Gender.MALE ? "男" : "女",
                t.identityNumber().value(),
                t.school().name(),
                t.subject(),
                DomainMessages.format(t.stage().messageKey(), List.of(), Locale.SIMPLIFIED_CHINESE),
                channel(e.channel()),
                LocalDateTime.ofInstant(e.createdAt(), IdentityNumber.CHINA)
                        .truncatedTo(ChronoUnit.MINUTES)); // a date-time cell, China time
    }

    @Override
    public void write(String projectName, List<List<Object>> rows, ExportFormat format, OutputStream out)
            throws IOException {
        new SpreadsheetWriter()
                .write(format, new SheetHeading(projectName + TITLE, List.of(HEADER), List.of()), rows, out);
    }

    static String channel(EnrolmentChannel channel) {
        return channel == EnrolmentChannel.NOMINATED ? "选派" : "自主报名";
    }
}
