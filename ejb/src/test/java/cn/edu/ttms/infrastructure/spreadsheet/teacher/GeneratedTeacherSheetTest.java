package cn.edu.ttms.infrastructure.spreadsheet.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.demo.DemoTeacherGenerator;
import cn.edu.ttms.application.demo.DemoTeacherGenerator.DemoTeacher;
import cn.edu.ttms.application.demo.DemoTeacherGenerator.School;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.application.teacher.TeacherSheetResult;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Sheets made from generated teachers: what a county's real upload looks like, at scale. */
class GeneratedTeacherSheetTest {

    private static final List<School> SCHOOLS = List.of(
            new School("临沧市第一中学", "530902", null),
            new School("临翔区第一完全小学", "530902", null),
            new School("临翔区南美乡民族学校", "530902", null),
            new School("凤庆县洛党镇中学", "530921", null),
            new School("凤庆县育才民办学校", "530921", null),
            new School("耿马县第一中学", "530926", null));

    private static final Map<SchoolStage, String> STAGE_WORDS = Map.of(
            SchoolStage.PRESCHOOL, "学前",
            SchoolStage.PRIMARY, "小学",
            SchoolStage.JUNIOR_SECONDARY, "初中",
            SchoolStage.SENIOR_SECONDARY, "高中",
            SchoolStage.VOCATIONAL, "中职",
            SchoolStage.SPECIAL_EDUCATION, "特殊教育");

    private final Map<String, Long> schoolIds = new HashMap<>();
    private final AtomicInteger schoolLookups = new AtomicInteger();
    private final AtomicInteger registeredLookups = new AtomicInteger();

    GeneratedTeacherSheetTest() {
        for (School school : SCHOOLS) {
            schoolIds.put(school.name(), (long) schoolIds.size() + 1);
        }
    }

    private TeacherSheet teacherSheet() {
        return new TeacherSheet(
                name -> {
                    schoolLookups.incrementAndGet();
                    return Optional.ofNullable(schoolIds.get(name));
                },
                numbers -> {
                    registeredLookups.incrementAndGet();
                    return Set.of();
                },
                TeacherSheetTest.NOV_24_2026);
    }

    /** Header on row 1, teacher i on row i + 2, in the template's column order. */
    private static List<SheetRow> sheetOf(List<DemoTeacher> teachers) {
        List<SheetRow> rows = new ArrayList<>(teachers.size() + 1);
        rows.add(TeacherSheetTest.row(1, "姓名", "性别", "身份证号", "手机", "学校", "学科", "学段", "职称", "参加工作时间", "民办"));
        for (DemoTeacher t : teachers) {
            rows.add(TeacherSheetTest.row(
                    rows.size() + 1,
                    t.name(),
                    t.gender() == cn.edu.ttms.domain.model.teacher.Gender.MALE ? "男" : "女",
                    t.id().value(),
                    t.phone(),
                    t.schoolName(),
                    t.subject(),
                    STAGE_WORDS.get(t.stage()),
                    t.title(),
                    t.serviceStart().toString(),
                    t.privateSchool() ? "是" : "否"));
        }
        return rows;
    }

    private static SheetRow replace(SheetRow row, int column, String text) {
        List<String> cells = new ArrayList<>(row.cells());
        cells.set(column, text);
        return new SheetRow(row.number(), cells);
    }

    @Test
    void aThousandRowsWithThreeBadOnesGiveExactlyThreeProblems() {
        List<DemoTeacher> teachers = new DemoTeacherGenerator(SCHOOLS, 2026).generate(1_000);
        List<SheetRow> rows = new ArrayList<>(sheetOf(teachers));
        String id = rows.get(100).cell(2);
        char wrongCheck = id.charAt(17) == '0' ? '1' : '0';
        rows.set(100, replace(rows.get(100), 2, id.substring(0, 17) + wrongCheck));
        rows.set(501, replace(rows.get(501), 3, "12345"));
        rows.set(902, replace(rows.get(902), 4, "临沧市第九十九中学"));

        TeacherSheetResult result = teacherSheet().read(rows);

        assertEquals(1_000, result.dataRowsRead());
        assertEquals(997, result.rows().size());
        List<ImportProblem> problems = result.problems();
        assertEquals(3, problems.size(), problems::toString);
        assertEquals(
                List.of(101, 502, 903),
                problems.stream().map(ImportProblem::row).toList());
        assertEquals(
                List.of("身份证号", "手机", "学校"),
                problems.stream().map(ImportProblem::column).toList());
        assertEquals(
                List.of("error.identityNumber.checkDigit", "import.teacher.badPhone", "import.teacher.unknownSchool"),
                problems.stream().map(ImportProblem::messageKey).toList());
        assertEquals(1, registeredLookups.get());
        assertTrue(schoolLookups.get() <= SCHOOLS.size() + 1, "one lookup per distinct school name");
    }

    @Test
    void tenThousandRowsReadQuickly() {
        List<SheetRow> rows = sheetOf(new DemoTeacherGenerator(SCHOOLS, 10).generate(10_000));
        TeacherSheet sheet = teacherSheet();
        sheet.read(rows.subList(0, 500)); // let the JIT see the code once
        registeredLookups.set(0);

        long start = System.nanoTime();
        TeacherSheetResult result = sheet.read(rows);
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.println("TeacherSheet: 10,000 rows read in " + millis + " ms");
        assertEquals(
                10_000,
                result.rows().size(),
                () -> result.problems().stream().limit(3).toList().toString());
        assertEquals(1, registeredLookups.get());
    }
}
