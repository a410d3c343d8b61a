package cn.edu.ttms.interfaces.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.audit.AuditView;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Audit payloads as the application writes them (AuditJson: sorted keys, enums by name), read as sentences. */
class AuditSentencesTest {

    private static final AuditSentences ZH = AuditSentences.in(Locale.SIMPLIFIED_CHINESE);
    private static final AuditSentences EN = AuditSentences.in(Locale.ENGLISH);

    private static AuditView entry(
            String actor,
            String name,
            String unit,
            String action,
            String type,
            String id,
            String before,
            String after,
            String detail) {
        return new AuditView(
                7, Instant.parse("2026-03-02T01:30:00Z"), actor, action, type, id, before, after, detail, name, unit);
    }

    private static AuditView byPrincipal(String action, String type, String id, String before, String after) {
        return entry("principal", "杨校长", "临翔区第一完全小学", action, type, id, before, after, null);
    }

    @Test
    void statusChangeOfAProjectIsItsStep() {
        AuditSentences.Line line = ZH.line(byPrincipal(
                "UPDATE", "TrainingProject", "12", "{\"status\":\"SUBMITTED\"}", "{\"status\":\"APPROVED\"}"));
        assertEquals("杨校长（临翔区第一完全小学）审核通过", line.sentence());
        assertEquals(List.of("状态：已申报 → 已审批"), line.changes());
        assertEquals("培训项目 12", line.record());
        assertEquals("2026-03-02 09:30:00", line.at());
    }

    @Test
    void submittingAndReturningAreNamed() {
        assertEquals(
                "杨校长（临翔区第一完全小学）提交了申报",
                ZH.line(byPrincipal(
                                "UPDATE",
                                "TrainingProject",
                                "12",
                                "{\"status\":\"DRAFT\"}",
                                "{\"status\":\"SUBMITTED\"}"))
                        .sentence());
        AuditSentences.Line returned = ZH.line(byPrincipal(
                "UPDATE",
                "TrainingProject",
                "12",
                "{\"returnReason\":null,\"status\":\"SUBMITTED\"}",
                "{\"returnReason\":\"预算偏高\",\"status\":\"DRAFT\"}"));
        assertEquals("杨校长（临翔区第一完全小学）退回了申报", returned.sentence());
        assertEquals(List.of("退回原因：（空） → 预算偏高", "状态：已申报 → 草稿"), returned.changes());
    }

    @Test
    void editedFieldsByTheirFormLabelsAndNumbersPlainly() {
        AuditSentences.Line line = ZH.line(byPrincipal(
                "UPDATE",
                "TrainingProject",
                "12",
                "{\"budget\":20000.00,\"capacity\":40,\"creditRate\":0.10,\"level\":\"COUNTY\"}",
                "{\"budget\":25000.00,\"capacity\":50,\"creditRate\":0.1,\"level\":\"MUNICIPAL\"}"));
        assertEquals("杨校长（临翔区第一完全小学）修改了项目信息", line.sentence());
        assertEquals(
                List.of("预算（元）：20000 → 25000", "培训人数：40 → 50", "项目学分（学分/学时）：0.1 → 0.1", "项目级别：县(区)级 → 市(州)级"),
                line.changes());
    }

    @Test
    void aNewResultInWords() {
        AuditSentences.Line line = ZH.line(entry(
                "linxiang",
                "王老师",
                "临翔区教育局",
                "CREATE",
                "TrainingResult",
                "801",
                null,
                "{\"batchId\":3,\"credits\":\"1.50\",\"grade\":\"GOOD\",\"modules\":\"\",\"policy\":\"2/v1\","
                        + "\"score\":\"86.0\",\"stageHours\":\"1:18.0\",\"teacherId\":5,\"voided\":false}",
                null));
        assertEquals("王老师（临翔区教育局）新建了培训成绩", line.sentence());
        assertEquals("培训成绩 801", line.record());
        assertTrue(line.changes().contains("学分：1.5"), line.changes().toString());
        assertTrue(line.changes().contains("等次：良"), line.changes().toString());
        assertTrue(line.changes().contains("成绩：86"), line.changes().toString());
        assertTrue(line.changes().contains("已作废：否"), line.changes().toString());
        assertFalse(line.changes().stream().anyMatch(c -> c.contains("{") || c.contains("modules")));
    }

    @Test
    void eventsWithoutStateAndActorsWithoutAccount() {
        AuditSentences.Line view =
                ZH.line(entry("ghost", null, null, "VIEW", "Teacher", "5", null, null, "training archive"));
        assertEquals("ghost查看了教师档案", view.sentence());
        assertEquals(List.of("说明：培训档案"), view.changes());
        assertEquals(
                "演示数据新建了培训项目",
                ZH.line(entry("demo-data", null, null, "CREATE", "TrainingProject", "1", null, "{}", null))
                        .sentence());
        assertEquals(
                "系统登录失败",
                ZH.line(entry("system", null, null, "SIGN_IN_FAILED", "UserAccount", null, null, null, null))
                        .sentence());
    }

    @Test
    void instantsOnTheChineseClockAndUnknownFieldsByTheirKey() {
        AuditSentences.Line line = ZH.line(byPrincipal(
                "UPDATE",
                "SignerCertificate",
                "4",
                "{\"notAfter\":\"2027-01-01T00:00:00Z\",\"mystery\":\"x\"}",
                "{\"notAfter\":\"2028-01-01T00:00:00Z\",\"mystery\":\"y\"}"));
        assertEquals("杨校长（临翔区第一完全小学）修改了签名证书", line.sentence());
        assertEquals(List.of("有效期至：2027-01-01 08:00 → 2028-01-01 08:00", "mystery：x → y"), line.changes());
        AuditSentences.Line roles = ZH.line(byPrincipal(
                "UPDATE", "UserAccount", "9", "{\"roles\":[\"TEACHER\"]}", "{\"roles\":[\"ADMIN\",\"TEACHER\"]}"));
        assertEquals("杨校长（临翔区第一完全小学）修改了账号", roles.sentence());
        assertEquals(List.of("角色：教师 → 系统管理员、教师"), roles.changes());
    }

    @Test
    void brokenStoredDataGivesAPlainLine() {
        AuditSentences.Line line =
                ZH.line(byPrincipal("UPDATE", "TrainingProject", "12", "{not json", "{\"status\":\"APPROVED\"}"));
        assertEquals("杨校长（临翔区第一完全小学） 修改", line.sentence());
        assertEquals(List.of("（此记录的内容无法显示）"), line.changes());
        assertEquals(
                2,
                ZH.lines(List.of(
                                byPrincipal("UPDATE", "X", "1", "[1]", "{}"),
                                byPrincipal("NO_SUCH_ACTION", "X", "1", null, null)))
                        .size());
    }

    @Test
    void aUnitAlreadyInTheNameIsNotRepeated() {
        assertEquals(
                "临翔区教育局 张丽退回了申报",
                ZH.line(entry(
                                "linxiang",
                                "临翔区教育局 张丽",
                                "临翔区",
                                "UPDATE",
                                "TrainingProject",
                                "12",
                                "{\"status\":\"SUBMITTED\"}",
                                "{\"status\":\"DRAFT\"}",
                                null))
                        .sentence());
    }

    @Test
    void stagesAndCollectionsInWords() {
        AuditSentences.Line line = ZH.line(byPrincipal(
                "UPDATE",
                "TrainingProject",
                "418",
                "{\"advisers\":null,\"stages\":\"(changed)\"}",
                "{\"advisers\":\"李娜、杨帆\",\"stages\":\"[1:LOCAL_CONCENTRATED 4d/nullh×50]\"}"));
        assertEquals(List.of("班主任：（空） → 李娜、杨帆", "培训阶段：（已修改） → 第1阶段 本地集中，4 天，— 学时，50 人"), line.changes());
        AuditSentences.Line result =
                ZH.line(byPrincipal("CREATE", "TrainingResult", "801", null, "{\"stageHours\":\"1:18.0 2:6.50\"}"));
        assertEquals(List.of("各阶段学时：1:18 2:6.50"), result.changes());
        AuditSentences.Line credits = ZH.line(byPrincipal(
                "CREATE",
                "TrainingResult",
                "802",
                null,
                "{\"modules\":\"ETHICS:10.80 COMPETENCE:43.20\",\"schoolPath\":\"/2/3/\",\"designations\":[]}"));
        assertEquals(List.of("模块学分：专业理念与师德 10.8、专业能力 43.2"), credits.changes());
    }

    @Test
    void english() {
        AuditSentences.Line line = EN.line(entry(
                "principal",
                "Principal Yang",
                "Linxiang No. 1 Primary",
                "UPDATE",
                "TrainingProject",
                "12",
                "{\"status\":\"SUBMITTED\"}",
                "{\"status\":\"APPROVED\"}",
                null));
        assertEquals("Principal Yang (Linxiang No. 1 Primary) approved the proposal", line.sentence());
        assertEquals(List.of("Status: Submitted → Approved"), line.changes());
        assertEquals("training project 12", line.record());
        assertEquals(
                "The system created training result",
                EN.line(entry("system", null, null, "CREATE", "TrainingResult", "801", null, "{}", null))
                        .sentence());
    }

    @Test
    void aTeachersRecordLeavingInAFileSaysWhichFileInWords() {
        AuditSentences.Line roster = ZH.line(
                entry("linxiang", "李主任", "临翔区教育局", "EXPORT", "Teacher", "42", null, null, "ROSTER: 名单导出测试 (xlsx)"));
        assertEquals("李主任（临翔区教育局）导出了培训名单：名单导出测试 (xlsx)", roster.sentence());
        assertEquals(List.of(), roster.changes(), "the detail is the sentence, not a note as well");
        assertEquals(
                "李主任（临翔区教育局）导出了达标统计：临翔区第一完全小学 2026–2030",
                ZH.line(entry(
                                "linxiang",
                                "李主任",
                                "临翔区教育局",
                                "EXPORT",
                                "Teacher",
                                "42",
                                null,
                                null,
                                "COMPLIANCE: 临翔区第一完全小学 2026–2030"))
                        .sentence());
        assertEquals(
                "李主任（临翔区教育局）导出了培训档案：xlsx",
                ZH.line(entry("linxiang", "李主任", "临翔区教育局", "EXPORT", "Teacher", "42", null, null, "ARCHIVE: xlsx"))
                        .sentence());
        assertEquals(
                "李主任 (临翔区教育局) downloaded a transcript",
                EN.line(entry("linxiang", "李主任", "临翔区教育局", "EXPORT", "Teacher", "42", null, null, "TRANSCRIPT"))
                        .sentence());
        AuditSentences.Line older = ZH.line(
                entry("linxiang", "李主任", "临翔区教育局", "EXPORT", "Teacher", "42", null, null, "roster xlsx, project 5"));
        assertEquals("李主任（临翔区教育局）导出了教师信息", older.sentence(), "entries written before: still words");
        assertEquals(List.of("说明：随培训名单导出（Excel 表格）"), older.changes(), "and its note in words");
    }

    private static final java.util.Map<String, AuditView.Link> LINKS = java.util.Map.of(
            "PLAN:402", new AuditView.Link("2026年临沧市教师培训计划", null, true),
            "ACCOUNT:36", new AuditView.Link("临沧市教师发展中心 周敏", null, true),
            "ACCOUNT:37", AuditView.Link.OTHER_UNIT,
            "UNIT:9", new AuditView.Link("临沧市教师发展中心", null, true),
            "POLICY:3", new AuditView.Link("云南省中小学教师继续教育学分管理办法", 2, true),
            "BATCH:77", new AuditView.Link("2026年新任教师培训", 1, true),
            "PROJECT:12", new AuditView.Link("2026年新任教师培训", null, true),
            "TEACHER:5", AuditView.Link.OTHER_UNIT,
            "ROUND:21", new AuditView.Link("2026年新任教师培训", 2, true),
            "SESSION:31", new AuditView.Link("2026年新任教师培训", 20260512, true));

    private static AuditView linked(String type, String id, String before, String after) {
        return byPrincipal("UPDATE", type, id, before, after).withLinks(LINKS);
    }

    @Test
    void linkedRecordsByNameNeverById() {
        AuditSentences.Line line = ZH.line(linked(
                "TrainingProject",
                "12",
                "{\"hostId\":null,\"leadId\":37,\"plan\":401}",
                "{\"hostId\":9,\"leadId\":36,\"plan\":402}"));
        assertEquals(
                List.of("承办机构：（空） → 临沧市教师发展中心", "项目负责人：（其他单位的记录） → 临沧市教师发展中心 周敏", "所属计划：（已删除） → 2026年临沧市教师培训计划"),
                line.changes());
        assertEquals("培训项目 2026年新任教师培训", line.record());
        AuditSentences.Line result = ZH.line(linked(
                "TrainingResult",
                "801",
                null,
                "{\"batchId\":77,\"credits\":\"12\",\"policy\":\"3/v2\",\"teacherId\":5}"));
        assertTrue(
                result.changes().contains("成绩单：2026年新任教师培训的成绩单"),
                result.changes().toString());
        assertTrue(
                result.changes().contains("学分政策：云南省中小学教师继续教育学分管理办法 第 2 版"),
                result.changes().toString());
        assertTrue(result.changes().contains("教师：（其他单位的记录）"), result.changes().toString());
        assertEquals("培训成绩 801", result.record(), "a result has no name of its own");
        assertEquals(
                List.of("Project lead: (another unit's record) → 临沧市教师发展中心 周敏"),
                EN.line(linked("TrainingProject", "12", "{\"leadId\":37}", "{\"leadId\":36}"))
                        .changes());
    }

    @Test
    void enrolmentRoundsAndAttendanceSessionsByTheirProjectNumberAndDay() {
        AuditSentences.Line enrolment = ZH.line(linked("Enrolment", "55", "{\"roundId\":null}", "{\"roundId\":21}"));
        assertEquals(List.of("报名轮次：（空） → 2026年新任教师培训第 2 轮报名"), enrolment.changes());
        AuditSentences.Line record = ZH.line(linked("AttendanceRecord", "56", null, "{\"sessionId\":31}"));
        assertTrue(
                record.changes().contains("考勤场次：2026年新任教师培训 2026-05-12 的考勤"),
                record.changes().toString());
        assertEquals(
                List.of("Enrolment round: (empty) → enrolment round 2 of 2026年新任教师培训"),
                EN.line(linked("Enrolment", "55", "{\"roundId\":null}", "{\"roundId\":21}"))
                        .changes());
        assertEquals("2026-05-12", AuditSentences.day(20260512));
    }

    @Test
    void idsAReaderKnowsByAnotherFieldAreLeftOut() {
        AuditSentences.Line line = ZH.line(linked(
                "ResultSignature",
                "3",
                null,
                "{\"batchId\":77,\"certificateId\":17,\"meaning\":\"AUTHORED\",\"signer\":\"lead\"}"));
        assertFalse(
                line.changes().stream().anyMatch(c -> c.contains("17")),
                line.changes().toString());
        assertTrue(line.changes().contains("签名人：（已删除）"), "an account no longer there: " + line.changes());
    }

    @Test
    void idsStayWhenNothingWasLookedUp() {
        assertEquals(
                List.of("所属计划：401 → 402"),
                ZH.line(byPrincipal("UPDATE", "TrainingProject", "12", "{\"plan\":401}", "{\"plan\":402}"))
                        .changes());
    }

    @Test
    void notesInTheReadersLanguage() {
        assertEquals("导出了 156 名教师的信息（Excel 表格）", ZH.note("156 teachers exported to xlsx"));
        assertEquals("Exported 156 teachers (Excel)", EN.note("156 teachers exported to xlsx"));
        assertEquals("查看了达标统计（2026 年起的周期），共 156 名教师", ZH.note("compliance 2026, 156 teachers"));
        assertEquals("查看了 2027 年度的达标统计（2026 年起的周期），共 156 名教师", ZH.note("compliance 2026 year 2027, 156 teachers"));
        assertEquals("查看了达标率统计（2026 年起的周期），共 360 名教师", ZH.note("compliance statistics 2026, 360 teachers"));
        assertEquals("在达标率统计中查看了临翔区的 2026 年度教师名单（2026 年起的周期）", ZH.note("compliance statistics 2026 year 2026: 临翔区"));
        assertEquals("核对了达标统计：360 名教师，1 处不一致，已修正 1 处", ZH.note("reconciliation: 360 teachers, 1 differences, 1 fixed"));
        assertEquals("培训档案", ZH.note("training archive"));
        assertEquals("导出了带签名的成绩单（第 2 次提交，4 个签名）", ZH.note("4 signatures, revision 2"));
        assertEquals("导出了成绩表，共 40 行（CSV 文件）", ZH.note("40 rows, csv"));
        assertEquals(
                "通过网页登录失败：密码错误，连续第 5 次，账号锁定至 2026-03-02 09:45",
                ZH.note("FORM: wrong password, 5 in a row, locked until 2026-03-02T01:45:00Z"));
        assertEquals("通过网页登录", ZH.note("FORM"));
        assertEquals("导出了 38 名学员的名单（Excel 表格）", ZH.note("38 trainees exported to xlsx (roster)"));
        assertEquals("导出为 Excel 表格", ZH.note("xlsx"));
        assertEquals("随培训名单导出（CSV 文件）", ZH.note("roster csv, project 12"));
        assertEquals("something new", ZH.note("something new"), "a note of no known shape as written");
        AuditSentences.Line export = ZH.line(
                entry("city", "临沧市教育局 王芳", null, "EXPORT", "Teacher", null, null, null, "12 teachers exported to csv"));
        assertEquals(List.of("说明：导出了 12 名教师的信息（CSV 文件）"), export.changes());
    }

    @Test
    void signInReasonsAndTheDirectorysAnswersInTheReadersLanguage() {
        assertEquals(
                "通过网页登录失败：一次性密码已于 2026-03-02 09:45 过期，连续第 1 次",
                ZH.note("FORM: one-time password expired 2026-03-02T01:45:00Z, 1 in a row"));
        assertEquals(
                "Sign-in on the API failed: one-time password expired on 2026-03-02 09:45, 1 in a row",
                EN.note("API: one-time password expired 2026-03-02T01:45:00Z, 1 in a row"));
        assertEquals("通过接口登录失败：一次性密码错误，连续第 2 次", ZH.note("API: wrong one-time password, 2 in a row"));
        assertEquals(
                "通过网页登录失败：统一身份认证未通过（invalid credentials），连续第 3 次",
                ZH.note("FORM: directory refused: invalid credentials, 3 in a row"));
        assertEquals(
                "通过网页登录失败：统一身份认证服务暂不可用（connection refused），不计入失败次数",
                ZH.note("FORM: directory unavailable: connection refused"));
        assertEquals(
                "通过网页登录失败：本系统无此账号，统一身份认证也未通过（no such user）",
                ZH.note("FORM: unknown account; directory refused: no such user"));
        assertEquals(
                "通过网页登录失败：统一身份认证密码正确，但本系统无此账号，统一身份认证也没有提供身份证号",
                ZH.note("FORM: directory password right, no account here, and no identity number in the directory"));
        assertEquals(
                "通过网页登录失败：统一身份认证密码正确，但这位教师在本系统已有另一个用户名的账号",
                ZH.note("FORM: directory password right, no account of this name here; teacher #12 has an account"
                        + " of another name"));
        assertEquals(
                "通过网页登录失败：统一身份认证密码正确，但该用户名不符合本系统的规则（2–40 位小写字母、数字或 . _ -）",
                ZH.note("FORM: directory password right, the username cannot be one here (2-40 lower-case letters,"
                        + " digits, . _ -)"));
        assertEquals(
                "解除了签名锁定（此前连续 5 次签名口令错误，锁定至 2026-03-02 09:45）",
                ZH.note("signing lock of lead cleared (5 wrong PINs, locked until 2026-03-02T01:45:00Z)"),
                "the person is the entry's record, named there: no login name in the note");
    }
}
