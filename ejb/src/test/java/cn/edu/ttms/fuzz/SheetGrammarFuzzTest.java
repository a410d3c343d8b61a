package cn.edu.ttms.fuzz;

import cn.edu.ttms.application.enrolment.RegisteredTeacher;
import cn.edu.ttms.application.enrolment.RosterMatch;
import cn.edu.ttms.application.enrolment.RosterSheetResult;
import cn.edu.ttms.application.plan.PlanInference;
import cn.edu.ttms.application.plan.PlanRow;
import cn.edu.ttms.application.plan.PlanSheetResult;
import cn.edu.ttms.application.result.ResultSheetLine;
import cn.edu.ttms.application.result.ResultSheetResult;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.application.teacher.TeacherRow;
import cn.edu.ttms.application.teacher.TeacherSheetResult;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import cn.edu.ttms.infrastructure.spreadsheet.enrolment.RosterSheet;
import cn.edu.ttms.infrastructure.spreadsheet.plan.PlanSheet;
import cn.edu.ttms.infrastructure.spreadsheet.result.ResultSheet;
import cn.edu.ttms.infrastructure.spreadsheet.teacher.TeacherColumn;
import cn.edu.ttms.infrastructure.spreadsheet.teacher.TeacherSheet;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Timeout;

/**
 * The four import grammars fed sheets made from fuzzer bytes (docs/fuzzing.md). Bad data must come
 * out as problems a user can read, never as an exception; and the grammars' own promises must hold:
 * no row is dropped silently, a row is either read or named by a problem, never both.
 */
class SheetGrammarFuzzTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneOffset.UTC);
    private static final List<String> IDS = FuzzedSheets.IDENTITY_NUMBERS;

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void teacherSheet(FuzzedDataProvider data) {
        List<SheetRow> rows = FuzzedSheets.sheet(
                data,
                List.of(
                        List.of("姓名", "性别", "身份证号", "手机", "学校", "学科", "学段", "职称", "参加工作时间", "民办"),
                        List.of("教师姓名", "身份证号码", "学校名称", "任教学科", "任教学段")));
        Map<String, Long> schools = Map.of("一中", 1L, "第一中学", 2L);
        TeacherSheetResult result = new TeacherSheet(
                        name -> Optional.ofNullable(schools.get(name)), numbers -> registered(numbers), TODAY)
                .read(rows);
        result.problems().forEach(p -> FuzzedSheets.render(p.messageKey(), p.args()));
        Set<Integer> read = result.rows().stream().map(TeacherRow::row).collect(Collectors.toSet());
        if (refusedWhole(result.problems())) {
            require(read.isEmpty(), "rows read from a refused sheet");
            return;
        }
        List<SheetRow> data0 = nonBlank(rows);
        List<SheetRow> dataRows = data0.subList(1, data0.size());
        require(result.dataRowsRead() == dataRows.size(), "data rows counted " + result.dataRowsRead());
        accounted(dataRows, read, result.problems());
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void planSheet(FuzzedDataProvider data) {
        List<SheetRow> rows = FuzzedSheets.sheet(
                data,
                List.of(
                        List.of("序号", "申报单位", "项目类别", "项目名称", "培训形式", "培训对象", "培训天数", "", "", "培训人数", "承办单位"),
                        List.of("", "", "", "", "", "", "异地", "本地", "合计"),
                        List.of("序号", "项目名称", "培训形式", "天数", "培训人数")));
        PlanSheetResult result = new PlanSheet().read(rows);
        result.problems().forEach(p -> FuzzedSheets.render(p.messageKey(), p.args()));
        result.inferences().forEach(i -> FuzzedSheets.render(i.messageKey(), i.args()));
        Set<Integer> read = result.rows().stream().map(PlanRow::row).collect(Collectors.toSet());
        Set<Integer> faulty = result.problems().stream().map(ImportProblem::row).collect(Collectors.toSet());
        require(read.stream().noneMatch(faulty::contains), "a row both read and faulty: " + read + " " + faulty);
        require(result.places() >= 0, "places counted " + result.places());
        require(
                result.projects() <= result.rowsRead() && result.stages() >= 0,
                "projects " + result.projects() + " of " + result.rowsRead() + " rows");
        for (PlanRow row : result.rows()) {
            require(row.daysTotal().signum() > 0 && row.trainees() > 0, "a read row without days or places: " + row);
        }
        for (PlanInference inference : result.inferences()) {
            require(inference.row() >= 1, "inference row " + inference.row());
        }
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void rosterSheet(FuzzedDataProvider data) {
        List<SheetRow> rows = FuzzedSheets.sheet(
                data,
                List.of(List.of("序号", "姓名", "性别", "身份证号", "学校", "学科", "学段", "报名方式", "报名时间"), List.of("姓名", "公民身份号码")));
        Map<String, RegisteredTeacher> registry = new HashMap<>();
        for (int i = 0; i < IDS.size(); i++) {
            registry.put(
                    IDS.get(i),
                    new RegisteredTeacher(i + 1, i % 2 == 0 ? "张三" : "阿依古丽·买买提", i == 3 ? "/9/" : "/1/" + i + "/"));
        }
        RosterSheetResult result =
                new RosterSheet(numbers -> lookUp(numbers, registry), path -> path.startsWith("/1/"), TODAY).read(rows);
        result.problems().forEach(p -> FuzzedSheets.render(p.messageKey(), p.args()));
        Set<Integer> read = result.matches().stream().map(RosterMatch::row).collect(Collectors.toSet());
        if (refusedWhole(result.problems())) {
            require(read.isEmpty(), "rows matched in a refused sheet");
            return;
        }
        List<SheetRow> nonBlank = nonBlank(rows);
        int header = 0;
        while (nonBlank.get(header).cells().stream()
                .noneMatch(c -> TeacherColumn.matching(c).equals(Optional.of(TeacherColumn.IDENTITY_NUMBER)))) {
            header++;
        }
        List<SheetRow> dataRows = nonBlank.subList(header + 1, nonBlank.size());
        require(result.dataRowsRead() == dataRows.size(), "data rows counted " + result.dataRowsRead());
        accounted(dataRows, read, result.problems());
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void resultSheet(FuzzedDataProvider data) {
        Set<Integer> stages = new TreeSet<>();
        for (int stage = 1; stage <= 3; stage++) {
            if (data.consumeBoolean()) {
                stages.add(stage);
            }
        }
        List<SheetRow> rows = FuzzedSheets.sheet(
                data, List.of(List.of("身份证号", "姓名", "学校", "第1阶段学时", "第2阶段学时", "成绩"), List.of("身份证号", "学时", "成绩")));
        Map<String, Long> results = Map.of(IDS.get(0), 11L, IDS.get(1), 12L, IDS.get(2), 13L);
        ResultSheetResult result = new ResultSheet(results, stages).read(rows);
        result.problems().forEach(p -> FuzzedSheets.render(p.messageKey(), p.args()));
        Set<Integer> read = result.lines().stream().map(ResultSheetLine::row).collect(Collectors.toSet());
        int header = 0;
        while (header < rows.size() && !rows.get(header).cells().contains(ResultSheet.IDENTITY)) {
            header++;
        }
        if (header == rows.size()) {
            require(read.isEmpty(), "rows read without a header");
            return;
        }
        List<SheetRow> dataRows = nonBlank(rows.subList(header + 1, rows.size()));
        require(result.dataRows() == dataRows.size(), "data rows counted " + result.dataRows());
        accounted(dataRows, read, result.problems());
    }

    /** Whether the grammar refused the sheet as a whole, at its header. */
    private static boolean refusedWhole(List<ImportProblem> problems) {
        return problems.stream()
                .anyMatch(p -> p.messageKey().equals("import.sheet.empty")
                        || p.messageKey().equals("import.column.missing"));
    }

    /** Every data row is read or named by a problem, and none is both. */
    private static void accounted(List<SheetRow> dataRows, Set<Integer> read, List<ImportProblem> problems) {
        Set<Integer> faulty = new HashSet<>();
        problems.forEach(p -> faulty.add(p.row()));
        for (SheetRow row : dataRows) {
            boolean isRead = read.contains(row.number());
            require(isRead || faulty.contains(row.number()), "row " + row.number() + " dropped silently");
            require(!isRead || !faulty.contains(row.number()), "row " + row.number() + " read despite a problem");
        }
    }

    private static List<SheetRow> nonBlank(List<SheetRow> rows) {
        return rows.stream().filter(r -> !r.isBlank()).toList();
    }

    private static Set<String> registered(Collection<String> numbers) {
        return numbers.stream().filter(n -> n.equals(IDS.get(1))).collect(Collectors.toSet());
    }

    private static Map<String, RegisteredTeacher> lookUp(
            Collection<String> numbers, Map<String, RegisteredTeacher> registry) {
        Map<String, RegisteredTeacher> found = new HashMap<>();
        numbers.forEach(n -> Optional.ofNullable(registry.get(n)).ifPresent(r -> found.put(n, r)));
        return found;
    }

    private static void require(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError(what);
        }
    }
}
