package cn.edu.ttms.infrastructure.spreadsheet.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.application.teacher.TeacherRow;
import cn.edu.ttms.application.teacher.TeacherSheetResult;
import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeacherSheetTest {

    static final Clock NOV_24_2026 = Clock.fixed(
            LocalDate.of(2026, 11, 24).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    private static final Map<String, Long> SCHOOLS = Map.of("临沧市第一中学", 1L, "临翔区第一完全小学", 2L);

    /** Identity numbers of IdentityNumberTest, with their check characters worked there. */
    private static final String LINXIANG_MAN = "530902198503151233";

    private static final String LINXIANG_WOMAN = "530902199203011284"; // S = 250, mod 11 = 8 → 4
    private static final String FENGQING_WOMAN = "530921197808060046"; // already registered

    private final List<Collection<String>> lookups = new ArrayList<>();

    private TeacherSheet sheet(Set<String> registered) {
        return new TeacherSheet(
                name -> Optional.ofNullable(SCHOOLS.get(name)),
                numbers -> {
                    lookups.add(List.copyOf(numbers));
                    return registered;
                },
                NOV_24_2026);
    }

    static SheetRow row(int number, String... cells) {
        return new SheetRow(number, List.of(cells));
    }

    @Test
    void everyKindOfProblemIsReportedByRowAndColumn() {
        List<SheetRow> rows = List.of(
                row(1),
                row(2, "序号", "姓名", "性别", "身份证号", "手机", "学校", "学科", "学段", "职称", "参加工作时间", "民办"),
                row(3, "1", "张伟", "男", LINXIANG_MAN, "138 0883 1234", "临沧市第一中学", "数学", "高中", "一级教师", "2007-09-01", "否"),
                row(4, "2", "", "女", "530902198503151234", "1388831234", "临沧市第一中学", "语文", "初中"),
                row(5, "3", "李丽", "男", LINXIANG_WOMAN, "", "临沧第一中学", "英语", "大学", "", "2030-09-01"),
                row(6),
                row(7, "4", "杨芳", "", FENGQING_WOMAN, "", "临翔区第一完全小学", "语文", "小学", "二级教师", "1998年9月", "是"),
                row(8, "5", "赵强", "男", LINXIANG_MAN, "", "临沧市第一中学", "体育", "初中", "", "2008/9/1"),
                row(9, "6", "字春梅", "女", "53092219900230123X", "", "临翔区第一完全小学", "音乐", "小学", "", "2010.13.1", "民营"));

        TeacherSheetResult result = sheet(Set.of(FENGQING_WOMAN)).read(rows);

        assertEquals(6, result.dataRowsRead());
        assertEquals(
                List.of(
                        ImportProblem.of(4, "姓名", "import.field.missing"),
                        ImportProblem.of(4, "身份证号", "error.identityNumber.checkDigit", "3", "4"),
                        ImportProblem.of(4, "手机", "import.teacher.badPhone", "1388831234"),
                        ImportProblem.of(
                                5,
                                "性别",
                                "import.teacher.genderMismatch",
                                "男",
                                new TeacherSheet.BundleKey("gender.FEMALE")),
                        ImportProblem.of(5, "学校", "import.teacher.unknownSchool", "临沧第一中学"),
                        ImportProblem.of(5, "学段", "import.teacher.badStage", "大学"),
                        ImportProblem.of(5, "参加工作时间", "import.teacher.futureDate", "2030-09-01"),
                        ImportProblem.of(7, "身份证号", "import.teacher.alreadyRegistered"),
                        ImportProblem.of(8, "身份证号", "import.teacher.duplicateInFile", "3"),
                        ImportProblem.of(9, "身份证号", "error.identityNumber.birthDate", "19900230"),
                        ImportProblem.of(9, "参加工作时间", "import.teacher.badDate", "2010.13.1"),
                        ImportProblem.of(9, "民办", "import.teacher.badYesNo", "民营")),
                result.problems());

        assertEquals(List.of(List.of(LINXIANG_MAN, LINXIANG_WOMAN, FENGQING_WOMAN)), lookups);
        assertEquals(1, result.rows().size());
        TeacherRow zhang = result.rows().get(0);
        assertEquals(3, zhang.row());
        assertEquals("张伟", zhang.name());
        assertEquals(Gender.MALE, zhang.gender());
        assertEquals(LINXIANG_MAN, zhang.identityNumber().value());
        assertEquals("13808831234", zhang.phone());
        assertEquals(1L, zhang.schoolId());
        assertEquals(SchoolStage.SENIOR_SECONDARY, zhang.stage());
        assertEquals("一级教师", zhang.title());
        assertEquals(LocalDate.of(2007, 9, 1), zhang.serviceStart());
        assertFalse(zhang.privateSchool());
    }

    @Test
    void englishHeadersAndOptionalColumnsLeftOut() {
        List<SheetRow> rows = List.of(
                row(1, "Name", " Identity Number ", "SCHOOL", "subject", "stage", "serviceStart", "private"),
                row(2, "李丽", "530902199203011284", "临翔区第一完全小学", "数学", "PRIMARY", "2015-08", "Y"),
                row(3, "张伟", "530902198503151233", "临沧市第一中学", "物理", "初中", "2007年9月1日", "false"));

        TeacherSheetResult result = sheet(Set.of()).read(rows);

        assertEquals(List.of(), result.problems());
        assertEquals(2, result.dataRowsRead());
        TeacherRow li = result.rows().get(0);
        assertEquals(Gender.FEMALE, li.gender(), "derived from the identity number");
        assertEquals(SchoolStage.PRIMARY, li.stage());
        assertEquals(LocalDate.of(2015, 8, 1), li.serviceStart());
        assertTrue(li.privateSchool());
        assertNull(li.phone());
        assertNull(li.title());
        assertEquals(LocalDate.of(2007, 9, 1), result.rows().get(1).serviceStart());
        assertFalse(result.rows().get(1).privateSchool());
    }

    @Test
    void missingRequiredColumnsAreNamedOnTheHeaderRow() {
        List<SheetRow> rows = List.of(
                row(2, "教师信息表"),
                row(3, "姓名", "性别", "学校", "学科"),
                row(4, "张伟", "男", "临沧市第一中学", "数学"),
                row(5),
                row(6, "李丽", "女", "临沧市第一中学", "语文"));

        TeacherSheetResult result = sheet(Set.of()).read(rows);

        // The first non-blank row is the header, here a title line: every required column is missing.
        assertEquals(
                List.of(
                        ImportProblem.of(2, "姓名", "import.column.missing", "姓名"),
                        ImportProblem.of(2, "身份证号", "import.column.missing", "身份证号"),
                        ImportProblem.of(2, "学校", "import.column.missing", "学校"),
                        ImportProblem.of(2, "学科", "import.column.missing", "学科"),
                        ImportProblem.of(2, "学段", "import.column.missing", "学段")),
                result.problems());
        assertEquals(List.of(), result.rows());
        assertEquals(3, result.dataRowsRead());

        TeacherSheetResult withoutTitle = sheet(Set.of()).read(rows.subList(1, rows.size()));
        assertEquals(
                List.of(
                        ImportProblem.of(3, "身份证号", "import.column.missing", "身份证号"),
                        ImportProblem.of(3, "学段", "import.column.missing", "学段")),
                withoutTitle.problems());
        assertEquals(2, withoutTitle.dataRowsRead());
        assertTrue(lookups.isEmpty());
    }

    @Test
    void anEmptySheetSaysSo() {
        TeacherSheetResult result = sheet(Set.of()).read(List.of(row(1), row(2)));
        assertEquals(List.of(ImportProblem.of(1, "", "import.sheet.empty")), result.problems());
        assertEquals(0, result.dataRowsRead());
        assertEquals(1, sheet(Set.of()).read(List.of()).problems().size());
    }

    @Test
    void headerTextIsReportedAsTheUserWroteIt() {
        List<SheetRow> rows = List.of(
                row(1, "姓 名", "身份证号码（18位）", "学校*", "学科", "学段"),
                row(2, "张伟", "53090219850315123", "临沧市第一中学", "数学", "高中"));
        assertEquals(
                List.of(ImportProblem.of(2, "身份证号码（18位）", "error.identityNumber.format", "17")),
                sheet(Set.of()).read(rows).problems());
        assertTrue(lookups.isEmpty(), "no valid number, no query");
    }

    @Test
    void tooLongTextIsReported() {
        List<SheetRow> rows = List.of(
                row(1, "姓名", "身份证号", "学校", "学科", "学段"),
                row(2, "张伟", LINXIANG_MAN, "临沧市第一中学", "数学与应用数学及其教学法研究方向一二三四五", "高中"));
        assertEquals(
                List.of(ImportProblem.of(2, "学科", "import.field.tooLong", "20", "21")),
                sheet(Set.of()).read(rows).problems());
    }
}
