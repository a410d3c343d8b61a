package cn.edu.ttms.infrastructure.spreadsheet.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.enrolment.RegisteredTeacher;
import cn.edu.ttms.application.enrolment.RosterMatch;
import cn.edu.ttms.application.enrolment.RosterSheetResult;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Matching an uploaded roster to the registry, row by row, without a database. */
class RosterSheetTest {

    private static final String LINXIANG = "/1/2/3/";
    private static final String FENGQING = "/1/2/9/";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), IdentityNumber.CHINA);

    private static final String ZHANG =
            IdentityNumber.withCheckDigit("53090219800101001").value();
    private static final String LI =
            IdentityNumber.withCheckDigit("53090219810202002").value();
    private static final String WANG =
            IdentityNumber.withCheckDigit("53090219820303003").value();
    private static final String FENG =
            IdentityNumber.withCheckDigit("53092119830404004").value();
    private static final String NOBODY =
            IdentityNumber.withCheckDigit("53090219840505005").value();

    private static final Map<String, RegisteredTeacher> REGISTRY = Map.of(
            ZHANG, new RegisteredTeacher(1, "张三", LINXIANG + "11/"),
            LI, new RegisteredTeacher(2, "阿依古丽·买买提", LINXIANG + "12/"),
            WANG, new RegisteredTeacher(3, "王五", LINXIANG + "11/"),
            FENG, new RegisteredTeacher(4, "冯六", FENGQING + "21/"));

    private final List<Collection<String>> lookups = new ArrayList<>();

    private RosterSheet sheet() {
        return new RosterSheet(
                numbers -> {
                    lookups.add(List.copyOf(numbers));
                    return REGISTRY;
                },
                path -> path.startsWith(LINXIANG),
                CLOCK);
    }

    @Test
    void theExportedLayoutUploadsBackUnderItsTitleAndExtraColumnsAreIgnored() {
        RosterSheetResult result = sheet().read(List.of(
                row(1, "报名测试用项目参培学员名单汇总表"),
                row(2, "序号", "姓名", "性别", "身份证号码", "学校", "备注"),
                row(3, "1", "张三", "男", ZHANG, "临翔区第一完全小学", "组长"),
                row(4),
                row(5, "2", "阿依古丽•买买提", "女", LI.toLowerCase()),
                row(6, "3", "王 五", "", WANG)));

        assertEquals(List.of(), result.problems());
        assertEquals(3, result.dataRowsRead());
        assertEquals(
                List.of(
                        new RosterMatch(3, 1, LINXIANG + "11/"),
                        new RosterMatch(5, 2, LINXIANG + "12/"),
                        new RosterMatch(6, 3, LINXIANG + "11/")),
                result.matches());
        assertEquals(1, lookups.size(), "one look-up for the whole sheet");
    }

    @Test
    void everyBadRowIsNamedByRowAndColumnAndNoneIsMatched() {
        String wrongCheck = ZHANG.substring(0, 17) + (ZHANG.charAt(17) == '0' ? '1' : '0');
        RosterSheetResult result = sheet().read(List.of(
                row(1, "身份证号", "姓名"),
                row(2, ZHANG, "张三"),
                row(3, NOBODY, "赵七"),
                row(4, wrongCheck, "张三"),
                row(5, FENG, "冯六"),
                row(6, WANG, "王六"),
                row(7, ZHANG, "张三"),
                row(8, "", "无号"),
                row(9, LI, "")));

        assertEquals(List.of(new RosterMatch(2, 1, LINXIANG + "11/")), result.matches());
        assertEquals(
                List.of(
                        ImportProblem.of(3, "身份证号", "roster.import.unknown"),
                        ImportProblem.of(
                                4,
                                "身份证号",
                                "error.identityNumber.checkDigit",
                                String.valueOf(ZHANG.charAt(17)),
                                String.valueOf(wrongCheck.charAt(17))),
                        ImportProblem.of(5, "身份证号", "roster.import.outOfScope"),
                        ImportProblem.of(6, "姓名", "roster.import.nameMismatch", "王六"),
                        ImportProblem.of(7, "身份证号", "import.teacher.duplicateInFile", "2"),
                        ImportProblem.of(8, "身份证号", "import.field.missing"),
                        ImportProblem.of(9, "姓名", "import.field.missing")),
                result.problems());
        assertEquals(8, result.dataRowsRead());
        assertFalse(lookups.get(0).contains(wrongCheck), "only valid numbers are looked up");
    }

    @Test
    void aSheetWithoutTheRequiredColumnsSaysWhichIsMissing() {
        RosterSheetResult noId = sheet().read(List.of(row(1, "姓名", "学校"), row(2, "张三", "一小")));
        assertEquals(List.of(ImportProblem.of(1, "身份证号", "import.column.missing", "身份证号")), noId.problems());
        assertTrue(noId.matches().isEmpty());

        RosterSheetResult noName = sheet().read(List.of(row(2, "身份证号", "学校"), row(3, ZHANG, "一小")));
        assertEquals(List.of(ImportProblem.of(2, "姓名", "import.column.missing", "姓名")), noName.problems());
        assertTrue(lookups.isEmpty(), "nothing looked up for a sheet without its columns");

        assertEquals(
                List.of(ImportProblem.of(1, "", "import.sheet.empty")),
                sheet().read(List.of(row(1))).problems());
    }

    @Test
    void namesCompareWithoutSpacesAndWithAnyMiddleDot() {
        assertTrue(RosterSheet.sameName("张 三", "张三"));
        assertTrue(RosterSheet.sameName("阿依古丽・买买提", "阿依古丽·买买提"));
        assertFalse(RosterSheet.sameName("张三", "张山"));
    }

    private static SheetRow row(int number, String... cells) {
        return new SheetRow(number, List.of(cells));
    }
}
