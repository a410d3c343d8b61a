import cn.edu.ttms.application.demo.DemoTeacherGenerator;
import cn.edu.ttms.application.demo.DemoTeacherGenerator.DemoDesignation;
import cn.edu.ttms.application.demo.DemoTeacherGenerator.DemoTeacher;
import cn.edu.ttms.domain.model.credit.CreditCalculator;
import cn.edu.ttms.domain.model.credit.CreditResult;
import cn.edu.ttms.domain.model.credit.ModuleCredits;
import cn.edu.ttms.domain.model.credit.ModuleShare;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Score;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.infrastructure.security.PasswordHashing;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark data of issue 19 ("Statistics at province scale", docs/benchmarks.md): one province of 8 cities ×
 * 10 counties × schools, 500,000 teachers × SCALE and about 30 recognised training results each over one
 * five-year cycle, bulk-loaded into a TTMS database that the application migrated (Flyway) and that holds no
 * data yet (started once with app.demo-data=false). Not part of the application.
 *
 * <p>How: the rows are written in primary-key order to tab-separated files, each table's file loaded with one
 * {@code LOAD DATA LOCAL INFILE} (foreign_key_checks and unique_checks off, so that MariaDB ≥ 10.6 loads an
 * empty InnoDB table in bulk, building its indexes by sorting), while the next file is being written. The
 * figures of every result come from the domain's own {@link CreditCalculator} under the shipped default policy
 * (rules.md), so a result's hours, credits and module split are exactly what the application would have stored.
 *
 * <p>Usage: {@code java -cp ejb/target/classes:mysql-connector-j.jar bench/GenerateProvince.java URL USER
 * PASSWORD WORKDIR} with the environment: SCALE (1.0 = 500,000 teachers), FIRST_YEAR (a cycle start, 2021),
 * CLASSES (classes of 100 left IN_PROGRESS, the model the recognition benchmark copies, 1), SEED (19), OPTIONAL_SHARE
 * (0.35), KEEP_FILES=1.
 */
public class GenerateProvince {

    // id ranges, far apart; id_sequence is moved above them all at the end
    static final long ORG = 1_000_000L;
    static final long ACCOUNT = 1_500_000L;
    static final long TEACHER = 2_000_000L;
    static final long PLAN = 3_000_000L;
    static final long PROJECT = 4_000_000L;
    static final long BATCH = 5_000_000L;
    static final long ENROLMENT = 100_000_000L;
    static final long RESULT = 300_000_000L;
    static final long SEQUENCE_FLOOR = 1_000_000_000L;

    static final String PASSWORD = "Demo@2026";
    static final String[] CITY_STEMS = {"东川", "西岭", "南溪", "北原", "青山", "白水", "金沙", "玉龙"};
    static final String[] COUNTY_SUFFIX = {"城区", "东县", "西县", "南县", "北县", "安县", "平县", "和县", "宁县", "丰县"};

    /** One kind of training every teacher meets once a year (or with a given probability). */
    record Template(
            String key,
            Level level,
            boolean selfSelected,
            DeliveryForm form,
            String days,
            String hours,
            String rate,
            String category,
            String topic,
            String scope,
            int classSize,
            List<ModuleShare> modules) {}

    static final List<Template> TEMPLATES = List.of(
            new Template("A", Level.SCHOOL, false, DeliveryForm.LOCAL_CONCENTRATED, "2", "12", "1.0", "校本研修",
                    "校本研修（春季）", "school", 0, List.of(ModuleShare.of(Module.SCHOOL_BASED, "12"))),
            new Template("B", Level.SCHOOL, true, DeliveryForm.LOCAL_CONCENTRATED, "2", "12", "1.0", "校本研修",
                    "校本研修主题选学（秋季）", "school", 0, List.of(ModuleShare.of(Module.SCHOOL_BASED, "12"))),
            new Template("C", Level.COUNTY, false, DeliveryForm.LOCAL_CONCENTRATED, "3", "18", "1.2", "师德师风",
                    "师德师风与班级管理培训", "county", 100, List.of(
                            ModuleShare.of(Module.ETHICS, "6"),
                            ModuleShare.of(Module.KNOWLEDGE, "6"),
                            ModuleShare.of(Module.CLASS_MANAGEMENT, "6"))),
            new Template("D", Level.MUNICIPAL, true, DeliveryForm.LOCAL_CONCENTRATED, "2", "12", "1.5", "学科能力提升",
                    "学科教学能力提升研修", "city", 100, List.of(ModuleShare.of(Module.COMPETENCE, "12"))),
            new Template("E", Level.PROVINCIAL, true, DeliveryForm.OFFSITE_CONCENTRATED, "2", "12", "2.0", "骨干教师培训",
                    "骨干教师能力提升培训", "province", 100, List.of(
                            ModuleShare.of(Module.KNOWLEDGE, "6"), ModuleShare.of(Module.COMPETENCE, "6"))),
            new Template("F", Level.COUNTY, true, DeliveryForm.ONLINE, null, "12", "0.8", "信息技术应用能力提升",
                    "信息技术应用能力提升网络研修", "county", 500, List.of(ModuleShare.of(Module.COMPETENCE, "12"))),
            new Template("G", Level.COUNTY, true, DeliveryForm.ONLINE, null, "6", "0.5", "专题网络研修",
                    "学科专题网络研修", "county", 500, List.of(ModuleShare.of(Module.KNOWLEDGE, "6"))));

    /** Share of teachers who also take the optional G course in a year (brings the total to ≈ 30 per teacher). */
    static final double OPTIONAL_SHARE = Double.parseDouble(env("OPTIONAL_SHARE", "0.35"));

    record Org(long id, long parent, String kind, String code, String name, String path, int depth) {}

    static final class Teachers {
        long[] id;
        int[] school; // index into schools
        int[] county;
        int[] city;
        SchoolStage[] stage;
        String[] subject;
        int[] serviceYear;
        int n;
    }

    static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(env("SCALE", "0.01"));
        int firstYear = Integer.parseInt(env("FIRST_YEAR", "2021"));
        int classes = Integer.parseInt(env("CLASSES", "1"));
        long seed = Long.parseLong(env("SEED", "19"));
        int teachersPerCounty = (int) Math.max(1, Math.round(500_000 * scale / 80));
        int schoolsPerCounty = (int) Math.max(6, Math.round(60 * scale)); // at least one of each common kind
        Path work = Path.of(args[3]);
        Files.createDirectories(work);
        PolicyRules policy = PolicyRules.lincang2017();
        if (policy.cycleStartingIn(firstYear).firstYear() != firstYear) {
            throw new IllegalArgumentException("FIRST_YEAR must start a cycle");
        }
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]);
                Connection loader = DriverManager.getConnection(args[0], args[1], args[2])) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM teacher) + (SELECT COUNT(*) FROM organisation)"
                            + " + (SELECT COUNT(*) FROM training_result)")) {
                rs.next();
                if (rs.getLong(1) != 0) {
                    throw new IllegalStateException("The database already holds organisations, teachers or results:"
                            + " start from a database migrated with app.demo-data=false");
                }
            }
            long policyId;
            int policyVersion;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT id, version_no FROM credit_policy WHERE jurisdiction_id IS NULL ORDER BY effective_from, version_no LIMIT 1")) {
                rs.next();
                policyId = rs.getLong(1);
                policyVersion = rs.getInt(2);
            }
            try (Statement s = loader.createStatement()) {
                s.execute("SET SESSION foreign_key_checks = 0");
                s.execute("SET SESSION unique_checks = 0");
            }
            ExecutorService loads = Executors.newSingleThreadExecutor();
            List<Future<String>> done = new ArrayList<>();
            Loader load = (table, file, columns, rows) -> done.add(loads.submit(() -> loadFile(loader, table, file, columns, rows)));

            // 1. organisations: province, 8 cities × 10 counties × schools, institutions
            List<Org> orgs = new ArrayList<>();
            long[] nextOrg = {ORG};
            Org province = org(orgs, nextOrg, null, "PROVINCE", "550000", "基准省");
            Org provinceInstitution = org(orgs, nextOrg, province, "INSTITUTION", null, "基准省教师发展中心");
            List<Org> cities = new ArrayList<>();
            List<Org> cityInstitutions = new ArrayList<>();
            List<Org> counties = new ArrayList<>();
            List<Org> countyInstitutions = new ArrayList<>();
            List<Org> schools = new ArrayList<>();
            List<List<Integer>> schoolsOfCounty = new ArrayList<>();
            for (int ci = 0; ci < 8; ci++) {
                Org city = org(orgs, nextOrg, province, "CITY", String.format("55%02d00", ci + 1), CITY_STEMS[ci] + "市");
                cities.add(city);
                cityInstitutions.add(org(orgs, nextOrg, city, "INSTITUTION", null, CITY_STEMS[ci] + "市教师发展中心"));
                for (int k = 0; k < 10; k++) {
                    String name = CITY_STEMS[ci] + COUNTY_SUFFIX[k];
                    Org county = org(orgs, nextOrg, city, "COUNTY", String.format("55%02d%02d", ci + 1, k + 2), name);
                    counties.add(county);
                    countyInstitutions.add(org(orgs, nextOrg, county, "INSTITUTION", null, name + "教师进修学校"));
                    List<Integer> mine = new ArrayList<>();
                    for (String school : schoolNames(name, schoolsPerCounty)) {
                        mine.add(schools.size());
                        schools.add(org(orgs, nextOrg, county, "SCHOOL", null, school));
                    }
                    schoolsOfCounty.add(mine);
                }
            }
            Map<String, Integer> schoolIndex = new HashMap<>();
            for (int i = 0; i < schools.size(); i++) {
                schoolIndex.put(schools.get(i).name(), i);
            }
            int[] countyOfSchool = new int[schools.size()];
            for (int k = 0; k < counties.size(); k++) {
                for (int si : schoolsOfCounty.get(k)) {
                    countyOfSchool[si] = k;
                }
            }
            Path orgFile = work.resolve("organisation.tsv");
            try (BufferedWriter w = writer(orgFile)) {
                for (Org o : orgs) {
                    row(w, o.id(), o.parent() == 0 ? null : o.parent(), o.kind(), o.code(), o.name(), o.path(), o.depth());
                }
            }
            load.load("organisation", orgFile, "id, parent_id, kind, code, name, path, depth", orgs.size());

            // 2. accounts of the benchmark (password Demo@2026), one hash for all as the demo data does
            String hash = new PasswordHashing().hash(PASSWORD.toCharArray());
            Org city1 = cities.get(0);
            Org county1 = counties.get(0);
            Object[][] accounts = {
                {"badmin", "基准省 系统管理员", province, "ADMIN"},
                {"bprovince", "基准省教育厅 统计员", province, "PROVINCE_OFFICER"},
                {"bcity", city1.name() + "教育局 统计员", city1, "BUREAU_STAFF"},
                {"breviewer", city1.name() + "教育局 审核员", city1, "BUREAU_REVIEWER"},
                {"bcounty", county1.name() + "教育局 统计员", county1, "BUREAU_STAFF"},
                {"blead", cityInstitutions.get(0).name() + " 项目负责人", cityInstitutions.get(0), "PROJECT_LEAD"},
                {"bschool", schools.get(schoolsOfCounty.get(0).get(0)).name() + " 校长", schools.get(schoolsOfCounty.get(0).get(0)), "SCHOOL_ADMIN"}
            };
            Path accountFile = work.resolve("user_account.tsv");
            Path roleFile = work.resolve("user_role.tsv");
            try (BufferedWriter w = writer(accountFile);
                    BufferedWriter r = writer(roleFile)) {
                for (int i = 0; i < accounts.length; i++) {
                    row(w, ACCOUNT + i, accounts[i][0], accounts[i][1], hash, ((Org) accounts[i][2]).id(), 1, "2026-01-01 00:00:00", "bench");
                    row(r, ACCOUNT + i, accounts[i][3]);
                }
            }
            load.load("user_account", accountFile,
                    "id, username, display_name, password_hash, organisation_id, enabled, created_at, created_by", accounts.length);
            load.load("user_role", roleFile, "user_id, role", accounts.length);
            long leadId = ACCOUNT + 5;

            // 3. teachers, county by county (each county's own identity-number region), grouped by school
            Teachers t = new Teachers();
            int total = teachersPerCounty * counties.size();
            t.id = new long[total];
            t.school = new int[total];
            t.county = new int[total];
            t.city = new int[total];
            t.stage = new SchoolStage[total];
            t.subject = new String[total];
            t.serviceYear = new int[total];
            Path teacherFile = work.resolve("teacher.tsv");
            Path designationFile = work.resolve("teacher_designation.tsv");
            long designations = 0;
            try (BufferedWriter w = writer(teacherFile);
                    BufferedWriter d = writer(designationFile)) {
                for (int k = 0; k < counties.size(); k++) {
                    List<DemoTeacherGenerator.School> list = new ArrayList<>();
                    for (int si : schoolsOfCounty.get(k)) {
                        list.add(new DemoTeacherGenerator.School(schools.get(si).name(), counties.get(k).code(), null));
                    }
                    List<DemoTeacher> made = new ArrayList<>(new DemoTeacherGenerator(list, seed * 1000 + k).generate(teachersPerCounty));
                    made.sort(Comparator.comparingInt((DemoTeacher x) -> schoolIndex.get(x.schoolName())));
                    for (DemoTeacher x : made) {
                        int i = t.n++;
                        int si = schoolIndex.get(x.schoolName());
                        Org school = schools.get(si);
                        t.id[i] = TEACHER + i;
                        t.school[i] = si;
                        t.county[i] = k;
                        t.city[i] = k / 10;
                        t.stage[i] = x.stage() == null ? SchoolStage.PRIMARY : x.stage();
                        t.subject[i] = x.subject();
                        t.serviceYear[i] = x.serviceStart() == null ? 2000 : x.serviceStart().getYear();
                        row(w, t.id[i], x.name(), x.gender().name(), x.id().value(), x.id().suffix(), x.phone(), school.id(),
                                school.path(), x.subject(), t.stage[i].name(), x.title(), x.serviceStart(), x.privateSchool() ? 1 : 0);
                        Set<String> seen = new LinkedHashSet<>();
                        for (DemoDesignation g : x.designations()) {
                            if (seen.add(g.kind() + "/" + g.level() + "/" + g.year())) {
                                row(d, t.id[i], g.kind().name(), g.level().name(), g.year());
                                designations++;
                            }
                        }
                    }
                }
            }
            load.load("teacher", teacherFile, "id, name, gender, identity_number, id_suffix, phone, school_id, school_path,"
                    + " subject, stage, title, service_start, private_school", t.n);
            load.load("teacher_designation", designationFile, "teacher_id, kind, level, since_year", designations);

            // 4. plans, projects (classes), stages, modules, audiences, batches — year by year
            int years = policy.cycleLength();
            int templates = TEMPLATES.size();
            long[][][] classOf = new long[years][templates][]; // project id of each teacher's class
            long[] nextPlan = {PLAN};
            long[] nextProject = {PROJECT};
            Path planFile = work.resolve("annual_plan.tsv");
            Path projectFile = work.resolve("training_project.tsv");
            Path stageFile = work.resolve("project_stage.tsv");
            Path moduleFile = work.resolve("project_module.tsv");
            Path audienceFile = work.resolve("project_audience_stage.tsv");
            Path batchFile = work.resolve("result_batch.tsv");
            long[] counts = new long[6];
            try (BufferedWriter plans = writer(planFile);
                    BufferedWriter projects = writer(projectFile);
                    BufferedWriter stages = writer(stageFile);
                    BufferedWriter modules = writer(moduleFile);
                    BufferedWriter audiences = writer(audienceFile);
                    BufferedWriter batches = writer(batchFile)) {
                Writers out = new Writers(projects, stages, modules, audiences, batches, counts);
                for (int y = 0; y < years; y++) {
                    int year = firstYear + y;
                    long provincePlan = plan(plans, nextPlan, year, province, "PROVINCIAL", counts);
                    long[] cityPlan = new long[cities.size()];
                    for (int ci = 0; ci < cities.size(); ci++) {
                        cityPlan[ci] = plan(plans, nextPlan, year, cities.get(ci), "MUNICIPAL", counts);
                    }
                    long[] countyPlan = new long[counties.size()];
                    for (int k = 0; k < counties.size(); k++) {
                        countyPlan[k] = plan(plans, nextPlan, year, counties.get(k), "COUNTY", counts);
                    }
                    for (int ti = 0; ti < templates; ti++) {
                        Template tp = TEMPLATES.get(ti);
                        long[] of = new long[t.n];
                        classOf[y][ti] = of;
                        Map<Integer, List<Integer>> groups = new java.util.TreeMap<>();
                        for (int i = 0; i < t.n; i++) {
                            int g = switch (tp.scope()) {
                                case "school" -> t.school[i];
                                case "county" -> t.county[i];
                                case "city" -> t.city[i];
                                default -> 0;
                            };
                            groups.computeIfAbsent(g, x -> new ArrayList<>()).add(i);
                        }
                        for (Map.Entry<Integer, List<Integer>> e : groups.entrySet()) {
                            List<Integer> members = e.getValue();
                            // classes of one stage and subject where possible: sorted, then cut
                            members.sort(Comparator.comparing((Integer i) -> t.stage[i]).thenComparing(i -> t.subject[i]));
                            int size = tp.classSize() == 0 ? members.size() : tp.classSize();
                            int parts = Math.max(1, Math.round((float) members.size() / size));
                            Org owner;
                            Org host;
                            Org proposer = null;
                            long planId;
                            String scopeName;
                            switch (tp.scope()) {
                                case "school" -> {
                                    Org school = schools.get(e.getKey());
                                    int k = countyOfSchool[e.getKey()];
                                    owner = counties.get(k);
                                    host = school;
                                    proposer = school;
                                    planId = countyPlan[k];
                                    scopeName = school.name();
                                }
                                case "county" -> {
                                    owner = counties.get(e.getKey());
                                    host = countyInstitutions.get(e.getKey());
                                    planId = countyPlan[e.getKey()];
                                    scopeName = owner.name();
                                }
                                case "city" -> {
                                    owner = cities.get(e.getKey());
                                    host = cityInstitutions.get(e.getKey());
                                    planId = cityPlan[e.getKey()];
                                    scopeName = owner.name();
                                }
                                default -> {
                                    owner = province;
                                    host = provinceInstitution;
                                    planId = provincePlan;
                                    scopeName = province.name();
                                }
                            }
                            for (int p = 0; p < parts; p++) {
                                // long: a province-wide template at SCALE 1 has 430,000 members in thousands of classes (int overflowed)
                                List<Integer> cls = members.subList((int) ((long) p * members.size() / parts),
                                        (int) ((long) (p + 1) * members.size() / parts));
                                long project = nextProject[0]++;
                                Level level = tp.level() == Level.PROVINCIAL && project % 5 == 0 ? Level.NATIONAL : tp.level();
                                String name = year + "年" + scopeName
                                        + (level == Level.NATIONAL ? "国培计划" : "") + tp.topic()
                                        + (parts > 1 ? "（第" + (p + 1) + "期）" : "");
                                project(out, project, planId, owner, host, proposer, year, level, tp, name, cls, t, "RECOGNISED", null,
                                        (int) (project % 20));
                                for (int i : cls) {
                                    of[i] = project;
                                }
                            }
                        }
                    }
                }
                // the classes the recognition benchmark signs: 100 teachers of the first city each, last year, running
                int year = firstYear + years - 1;
                // plans are numbered province, cities, counties, year by year: the first city's plan of the last year
                long pendingPlan = PLAN + (long) (years - 1) * (1 + cities.size() + counties.size()) + 1;
                List<Integer> cityOne = new ArrayList<>();
                for (int i = 0; i < t.n && t.city[i] == 0; i++) {
                    cityOne.add(i);
                }
                pendingClasses = new ArrayList<>();
                for (int k = 0; k < classes && (k + 1) * 100 <= cityOne.size(); k++) {
                    List<Integer> cls = cityOne.subList(k * 100, (k + 1) * 100);
                    long project = nextProject[0]++;
                    project(out, project, pendingPlan, city1, cityInstitutions.get(0), null, year, Level.MUNICIPAL, PENDING, year
                            + "年" + city1.name() + "统计基准班（第" + (k + 1) + "期）", cls, t, "IN_PROGRESS", leadId, 0);
                    pendingClasses.add(new long[] {project});
                    pendingMembers.add(cls);
                }
            }
            load.load("annual_plan", planFile, "id, plan_year, owner_id, owner_path, level, name, source", counts[0]);
            load.load("training_project", projectFile, "id, plan_id, owner_path, sequence_no, code, name, project_year, level,"
                    + " category, proposing_unit, audience, hosts, capacity, status, selection, credit_rate, host_id, lead_id,"
                    + " audience_subjects, proposer_id, proposer_path", counts[1]);
            load.load("project_stage", stageFile, "project_id, stage_no, form, days_total, days_local, trainees, hours,"
                    + " start_date, end_date, place", counts[2]);
            load.load("project_module", moduleFile, "project_id, module, hours", counts[3]);
            load.load("project_audience_stage", audienceFile, "project_id, school_stage", counts[4]);
            load.load("result_batch", batchFile, "id, project_id, owner_path, school_based, revision, status, integrity,"
                    + " created_by, created_at", counts[5]);

            // 5. enrolments and results, teacher by teacher (result ids follow the teacher, then the year)
            CreditCalculator calculator = new CreditCalculator(policy);
            Map<Integer, String[]> cache = new HashMap<>();
            Path enrolmentFile = work.resolve("enrolment.tsv");
            Path resultFile = work.resolve("training_result.tsv");
            Path hoursFile = work.resolve("result_stage_hours.tsv");
            Path splitFile = work.resolve("result_module.tsv");
            long enrolment = ENROLMENT;
            long result = RESULT;
            long splits = 0;
            int weakTeachers = 0;
            try (BufferedWriter en = writer(enrolmentFile);
                    BufferedWriter re = writer(resultFile);
                    BufferedWriter sh = writer(hoursFile);
                    BufferedWriter sp = writer(splitFile)) {
                StringBuilder b = new StringBuilder(256);
                for (int i = 0; i < t.n; i++) {
                    SplittableRandom r = new SplittableRandom(seed * 7_919 + t.id[i]);
                    boolean weak = r.nextInt(100) < 25;
                    weakTeachers += weak ? 1 : 0;
                    Org school = schools.get(t.school[i]);
                    for (int y = 0; y < years; y++) {
                        int year = firstYear + y;
                        boolean inService = year >= t.serviceYear[i];
                        for (int ti = 0; ti < templates; ti++) {
                            Template tp = TEMPLATES.get(ti);
                            boolean optional = tp.key().equals("G");
                            boolean takes = r.nextDouble() < OPTIONAL_SHARE;
                            if (!inService || (optional && !takes)) {
                                continue; // not in the class at all
                            }
                            long project = classOf[y][ti][i];
                            Level level = tp.level() == Level.PROVINCIAL && project % 5 == 0 ? Level.NATIONAL : tp.level();
                            boolean issue = weak && !optional && r.nextInt(100) < 10;
                            boolean absent = issue && r.nextInt(100) < 40;
                            b.setLength(0);
                            b.append(enrolment).append('\t').append(project).append('\t').append(t.id[i]).append('\t')
                                    .append(school.path()).append('\t').append(level.name()).append('\t')
                                    .append(tp.selfSelected() ? "APPLIED" : "NOMINATED").append('\t')
                                    .append(absent ? "WITHDRAWN" : "ENROLLED").append("\tbench\t").append(year)
                                    .append("-02-01 08:00:00\n");
                            en.append(b);
                            if (!absent) {
                                int score = issue ? 35 + r.nextInt(25) : weak ? clamp(72 + (int) Math.round(r.nextGaussian() * 7), 60, 95)
                                        : clamp(83 + (int) Math.round(r.nextGaussian() * 7), 60, 99);
                                String[] figures = cache.computeIfAbsent(ti * 1000 + score, key -> figures(calculator, tp, score));
                                b.setLength(0);
                                b.append(result).append('\t').append(BATCH + (project - PROJECT)).append('\t').append(project)
                                        .append('\t').append(t.id[i]).append('\t').append(enrolment).append('\t')
                                        .append(school.path()).append('\t').append(year).append('\t').append(figures[0])
                                        .append('\t').append(policyId).append('\t').append(policyVersion).append("\tbench\t")
                                        .append(year).append("-12-20 10:00:00\n");
                                re.append(b);
                                b.setLength(0);
                                b.append(result).append("\t1\t").append(tp.hours()).append(".0\n");
                                sh.append(b);
                                for (int m = 1; m < figures.length; m++) {
                                    b.setLength(0);
                                    b.append(result).append('\t').append(m - 1).append('\t').append(figures[m]).append('\n');
                                    sp.append(b);
                                    splits++;
                                }
                                result++;
                            }
                            enrolment++;
                        }
                    }
                }
                for (int k = 0; k < pendingClasses.size(); k++) {
                    for (int i : pendingMembers.get(k)) {
                        row(en, enrolment++, pendingClasses.get(k)[0], t.id[i], schools.get(t.school[i]).path(), "MUNICIPAL",
                                "NOMINATED", "ENROLLED", "bench", (firstYear + years - 1) + "-02-01 08:00:00");
                    }
                }
            }
            load.load("enrolment", enrolmentFile, "id, project_id, teacher_id, unit_path, level, channel, status, created_by,"
                    + " created_at", enrolment - ENROLMENT);
            load.load("training_result", resultFile, "id, batch_id, project_id, teacher_id, enrolment_id, unit_path,"
                    + " result_year, hours, counted_hours, score, grade, base_credits, performance_credits, credits, policy_id,"
                    + " policy_version, updated_by, updated_at", result - RESULT);
            load.load("result_stage_hours", hoursFile, "result_id, stage_no, hours", result - RESULT);
            load.load("result_module", splitFile, "result_id, position, module, hours, credits", splits);
            double generated = (System.nanoTime() - t0) / 1e9;
            System.out.printf("files written in %.1f s (loading goes on beside it); %d teachers (%d weak), %d results%n",
                    generated, t.n, weakTeachers, result - RESULT);
            long rows = 0;
            for (Future<String> f : done) {
                String line = f.get();
                rows += Long.parseLong(line.substring(0, line.indexOf(' ')));
                System.out.println("  " + line.substring(line.indexOf(' ') + 1));
            }
            loads.shutdown();
            try (Statement s = c.createStatement()) {
                // the application allocates its own ids above everything generated here
                s.executeUpdate("UPDATE id_sequence SET seq_count = GREATEST(seq_count, " + SEQUENCE_FLOOR + ")");
                // the nightly verification would find 150,000 recognised batches without a signed snapshot (they
                // were generated, not signed): switched off on this database, see docs/benchmarks.md
                s.executeUpdate("UPDATE scheduled_run SET run_on = DATE '2999-12-31' WHERE job = 'nightly-verification'");
                long a = System.nanoTime();
                for (String table : List.of("organisation", "teacher", "training_project", "result_batch", "enrolment",
                        "training_result", "result_module", "result_stage_hours")) {
                    s.execute("ANALYZE TABLE " + table);
                }
                System.out.printf("  ANALYZE TABLE: %.1f s%n", (System.nanoTime() - a) / 1e9);
                s.execute("CREATE TABLE IF NOT EXISTS bench_marker (name VARCHAR(40) PRIMARY KEY, scale VARCHAR(20),"
                        + " first_year INT, teachers BIGINT, results BIGINT, seconds DECIMAL(10,1), generated_at TIMESTAMP(3))");
                double seconds = (System.nanoTime() - t0) / 1e9;
                try (PreparedStatement p = c.prepareStatement("REPLACE INTO bench_marker VALUES ('statistics', ?, ?, ?, ?, ?,"
                        + " CURRENT_TIMESTAMP(3))")) {
                    p.setString(1, env("SCALE", "0.01"));
                    p.setInt(2, firstYear);
                    p.setLong(3, t.n);
                    p.setLong(4, result - RESULT);
                    p.setBigDecimal(5, java.math.BigDecimal.valueOf(seconds).setScale(1, java.math.RoundingMode.HALF_UP));
                    p.executeUpdate();
                }
                System.out.printf("generated %,d rows in %.1f s: %,.0f rows/s overall%n", rows, seconds, rows / seconds);
            }
        }
        if (!"1".equals(System.getenv("KEEP_FILES"))) {
            try (var files = Files.list(work)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (f.toString().endsWith(".tsv")) {
                        Files.delete(f);
                    }
                }
            }
        }
    }

    static final Template PENDING = new Template("P", Level.MUNICIPAL, false, DeliveryForm.LOCAL_CONCENTRATED, "3", "18",
            "1.5", "统计基准", "统计基准班", "city", 100, List.of(
                    ModuleShare.of(Module.ETHICS, "6"), ModuleShare.of(Module.COMPETENCE, "12")));
    static List<long[]> pendingClasses = new ArrayList<>();
    static List<List<Integer>> pendingMembers = new ArrayList<>();

    interface Loader {
        void load(String table, Path file, String columns, long rows);
    }

    record Writers(BufferedWriter projects, BufferedWriter stages, BufferedWriter modules, BufferedWriter audiences,
            BufferedWriter batches, long[] counts) {}

    static String loadFile(Connection c, String table, Path file, String columns, long rows) throws Exception {
        long a = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE " + table
                    + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (" + columns + ")");
        }
        double s = (System.nanoTime() - a) / 1e9;
        return String.format("%d %-24s %,12d rows in %7.1f s = %,10.0f rows/s (%,d MB file)", rows, table, rows, s,
                rows / Math.max(s, 1e-3), Files.size(file) >> 20);
    }

    /** The stored figures of one result of a template with a score: the row's columns, then each module part's. */
    static String[] figures(CreditCalculator calculator, Template tp, int score) {
        CreditResult r = calculator.calculate(tp.level(), tp.form(), Hours.of(tp.hours()), CreditRate.of(tp.rate()),
                Score.of(score));
        List<ModuleCredits> split = calculator.splitByModule(r, tp.modules());
        String[] out = new String[1 + split.size()];
        out[0] = String.join("\t", r.hours().value().toPlainString(), r.countedHours().value().toPlainString(),
                score + ".0", r.grade().name(), r.baseCredits().value().toPlainString(),
                r.performanceCredits().value().toPlainString(), r.credits().value().toPlainString());
        for (int m = 0; m < split.size(); m++) {
            ModuleCredits mc = split.get(m);
            out[m + 1] = mc.module().name() + "\t" + mc.hours().value().toPlainString() + "\t"
                    + mc.credits().value().toPlainString();
        }
        return out;
    }

    static void project(Writers out, long project, long planId, Org owner, Org host, Org proposer, int year, Level level,
            Template tp, String name, List<Integer> cls, Teachers t, String status, Long lead, int offset) throws IOException {
        Set<SchoolStage> stages = new java.util.TreeSet<>();
        Set<String> subjects = new java.util.TreeSet<>();
        for (int i : cls) {
            stages.add(t.stage[i]);
            subjects.add(t.subject[i]);
        }
        String audience = subjects.size() <= 3 ? String.join("、", subjects) + "教师" : owner.name() + "在职教师";
        row(out.projects(), project, planId, owner.path(), (int) (project % 1000) + 1, "B" + year + "-" + project, name, year,
                level.name(), tp.category(), proposer == null ? owner.name() + "教育局" : proposer.name(), audience, host.name(),
                cls.size(), status, tp.selfSelected() ? "SELF_SELECTED" : "DIRECTIVE", tp.rate(), host.id(), lead,
                subjects.size() <= 3 ? String.join(",", subjects) : null, proposer == null ? null : proposer.id(),
                proposer == null ? null : proposer.path());
        int month = switch (tp.key()) {
            case "A" -> 4;
            case "B" -> 10;
            case "C" -> 3;
            case "D" -> 5;
            case "E" -> 7;
            case "F" -> 6;
            case "G" -> 9;
            default -> 5;
        };
        int days = tp.days() == null ? 60 : Integer.parseInt(tp.days());
        LocalDate start = LocalDate.of(year, month, 1 + offset);
        row(out.stages(), project, 1, tp.form().name(), tp.days() == null ? null : tp.days() + ".0",
                tp.days() == null ? null : tp.days() + ".0", cls.size(), tp.hours() + ".0", start, start.plusDays(days - 1),
                tp.form() == DeliveryForm.ONLINE ? "网络研修平台" : host.name());
        out.counts()[1]++;
        out.counts()[2]++;
        for (ModuleShare m : tp.modules()) {
            row(out.modules(), project, m.module().name(), m.hours().value().toPlainString());
            out.counts()[3]++;
        }
        for (SchoolStage s : stages) {
            row(out.audiences(), project, s.name());
            out.counts()[4]++;
        }
        if ("RECOGNISED".equals(status)) {
            row(out.batches(), BATCH + (project - PROJECT), project, owner.path(), level == Level.SCHOOL ? 1 : 0, 1,
                    "RECOGNISED", "UNSIGNED", "bench", year + "-12-20 10:00:00");
            out.counts()[5]++;
        }
    }

    static long plan(BufferedWriter w, long[] next, int year, Org owner, String level, long[] counts) throws IOException {
        long id = next[0]++;
        row(w, id, year, owner.id(), owner.path(), level, year + "年" + owner.name() + "中小学教师培训计划", "统计基准（生成）");
        counts[0]++;
        return id;
    }

    static Org org(List<Org> orgs, long[] next, Org parent, String kind, String code, String name) {
        long id = next[0]++;
        Org o = new Org(id, parent == null ? 0 : parent.id(), kind, code, name,
                (parent == null ? "/" : parent.path()) + id + "/", parent == null ? 0 : parent.depth() + 1);
        orgs.add(o);
        return o;
    }

    /**
     * A county's schools, kinds interleaved so that a few schools already mix them: of every 20, ten primary (one
     * of them private, 民办), five junior secondary, one senior (the first is the county's 第一中学), two
     * kindergartens, one vocational; the last of 20 or more is a special-education school.
     */
    static List<String> schoolNames(String county, int n) {
        String pattern = "PJPKPSPJPVPJPKPJPRJP";
        int[] seen = new int[128];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            char kind = pattern.charAt(i % 20);
            int k = ++seen[kind];
            names.add(i == n - 1 && n >= 20 ? county + "特殊教育学校" : switch (kind) {
                case 'P' -> county + "第" + cn(k) + "小学";
                // 第一中学 is the senior one; 第十一中学 would read as one too (一中), so 第十一初级中学
                case 'J' -> county + "第" + cn(k + 1) + ((k + 1) % 10 == 1 ? "初级中学" : "中学");
                case 'S' -> k == 1 ? county + "第一中学" : county + "第" + cn(k) + "高级中学";
                case 'K' -> county + "第" + cn(k) + "幼儿园";
                case 'V' -> county + "第" + cn(k) + "职业中学";
                default -> county + "育才民办学校" + (k > 1 ? "（" + cn(k) + "校）" : "");
            });
        }
        return names;
    }

    static String cn(int n) {
        String[] d = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return d[n];
        }
        return (n / 10 == 1 ? "" : d[n / 10]) + "十" + d[n % 10];
    }

    static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static BufferedWriter writer(Path p) throws IOException {
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
    }

    static void row(BufferedWriter w, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                w.write('\t');
            }
            w.write(values[i] == null ? "\\N" : values[i].toString());
        }
        w.write('\n');
    }
}
