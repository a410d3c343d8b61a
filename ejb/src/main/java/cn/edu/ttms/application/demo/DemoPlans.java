package cn.edu.ttms.application.demo;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Selection;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;

/**
 * Demo annual plans of 2026 for 云南省, 临沧市 and 临翔区, whose projects stand at every step of the
 * life cycle, so that the plan pages and the project API show something real from the first start.
 */
@Dependent
class DemoPlans {

    static final int YEAR = 2026;

    /** name, category, form, days, trainees, host, the steps it has gone through; level and rate set after. */
    private record Demo(
            String name,
            String category,
            DeliveryForm form,
            int days,
            int trainees,
            String host,
            List<ProjectAction> steps,
            Level level,
            String rate) {

        Demo(
                String name,
                String category,
                DeliveryForm form,
                int days,
                int trainees,
                String host,
                List<ProjectAction> steps) {
            this(name, category, form, days, trainees, host, steps, null, null);
        }

        Demo at(Level newLevel, String newRate) {
            return new Demo(name, category, form, days, trainees, host, steps, newLevel, newRate);
        }
    }

    private static final List<ProjectAction> NONE = List.of();
    private static final List<ProjectAction> TO_PUBLISHED =
            List.of(ProjectAction.SUBMIT, ProjectAction.APPROVE, ProjectAction.PUBLISH);

    @Inject
    OrganisationRepository organisations;

    @Inject
    ProjectRepository projects;

    @Inject
    DemoTerms terms;

    void load() {
        plan(
                "云南省",
                List.of(
                        new Demo(
                                        "云南省乡村学校骨干教师能力提升培训",
                                        "国培省市联合立项项目",
                                        DeliveryForm.OFFSITE_CONCENTRATED,
                                        10,
                                        100,
                                        "云南师范大学",
                                        steps(TO_PUBLISHED, ProjectAction.OPEN_ENROLMENT))
                                .at(Level.NATIONAL, "2"),
                        new Demo(
                                        "云南省中小学教师信息技术应用能力提升工程2.0",
                                        "部门中心工作",
                                        DeliveryForm.ONLINE,
                                        0,
                                        500,
                                        "云南开放大学",
                                        TO_PUBLISHED)
                                .at(Level.PROVINCIAL, "0.8")));
        AnnualPlan city = plan(
                "临沧市",
                List.of(
                        new Demo("临沧市初中数学骨干教师培训班", "名师培养", DeliveryForm.LOCAL_CONCENTRATED, 5, 60, "临沧市教师发展中心", NONE)
                                .at(Level.MUNICIPAL, "1.2"),
                        new Demo(
                                        "临沧市班主任能力提升培训班",
                                        "部门中心工作",
                                        DeliveryForm.LOCAL_CONCENTRATED,
                                        3,
                                        80,
                                        "临沧市教师发展中心",
                                        List.of(ProjectAction.SUBMIT))
                                .at(Level.MUNICIPAL, "1.2"),
                        new Demo(
                                        "临沧市小学校长任职资格培训班",
                                        "校（园）长任职资格培训",
                                        DeliveryForm.LOCAL_CONCENTRATED,
                                        12,
                                        70,
                                        "临沧师范高等专科学校",
                                        List.of(ProjectAction.SUBMIT, ProjectAction.APPROVE))
                                .at(Level.MUNICIPAL, "1.5"),
                        new Demo(
                                        "临沧市乡村教师送培到县培训",
                                        "教育精准扶贫",
                                        DeliveryForm.DELIVERED_ON_SITE,
                                        4,
                                        120,
                                        "临沧市教师发展中心",
                                        TO_PUBLISHED)
                                .at(Level.NATIONAL, "2"),
                        new Demo(
                                        "临沧市中小学心理健康教育教师培训",
                                        "部门中心工作",
                                        DeliveryForm.LOCAL_CONCENTRATED,
                                        3,
                                        70,
                                        "临沧师范高等专科学校",
                                        steps(TO_PUBLISHED, ProjectAction.OPEN_ENROLMENT))
                                .at(Level.PROVINCIAL, "1.5"),
                        new Demo(
                                        "临沧市新高考选课走班教学培训",
                                        "部门中心工作",
                                        DeliveryForm.LOCAL_CONCENTRATED,
                                        2,
                                        90,
                                        "临沧市教师发展中心",
                                        steps(TO_PUBLISHED, ProjectAction.OPEN_ENROLMENT, ProjectAction.START))
                                .at(Level.MUNICIPAL, "1.2"),
                        new Demo(
                                        "临沧市小学语文骨干教师跟岗研修",
                                        "名师培养",
                                        DeliveryForm.SHADOWING,
                                        10,
                                        40,
                                        "临沧市教师发展中心",
                                        steps(
                                                TO_PUBLISHED,
                                                ProjectAction.OPEN_ENROLMENT,
                                                ProjectAction.START,
                                                ProjectAction.SUBMIT_RESULTS))
                                .at(Level.COUNTY, "1.2"),
                        new Demo(
                                        "临沧市幼儿园教师保教能力培训",
                                        "部门中心工作",
                                        DeliveryForm.LOCAL_CONCENTRATED,
                                        3,
                                        60,
                                        "临沧师范高等专科学校",
                                        steps(
                                                TO_PUBLISHED,
                                                ProjectAction.OPEN_ENROLMENT,
                                                ProjectAction.START,
                                                ProjectAction.SUBMIT_RESULTS,
                                                ProjectAction.REVIEW))
                                .at(Level.SCHOOL, "0.8"),
                        new Demo(
                                        "临沧市初中英语教师教学能力提升培训",
                                        "名师培养",
                                        DeliveryForm.LOCAL_CONCENTRATED,
                                        5,
                                        60,
                                        "临沧市教师发展中心",
                                        steps(
                                                TO_PUBLISHED,
                                                ProjectAction.OPEN_ENROLMENT,
                                                ProjectAction.START,
                                                ProjectAction.SUBMIT_RESULTS,
                                                ProjectAction.REVIEW,
                                                ProjectAction.RECOGNISE))
                                .at(Level.MUNICIPAL, "1.5"),
                        new Demo(
                                        "临沧市教育行政干部培训班",
                                        "部门中心工作",
                                        DeliveryForm.OFFSITE_CONCENTRATED,
                                        5,
                                        50,
                                        "临沧市教师发展中心",
                                        steps(
                                                TO_PUBLISHED,
                                                ProjectAction.OPEN_ENROLMENT,
                                                ProjectAction.START,
                                                ProjectAction.SUBMIT_RESULTS,
                                                ProjectAction.REVIEW,
                                                ProjectAction.RECOGNISE,
                                                ProjectAction.ARCHIVE))
                                .at(Level.MUNICIPAL, "1.2"),
                        new Demo(
                                        "临沧市特殊教育教师培训班",
                                        "部门中心工作",
                                        DeliveryForm.LOCAL_CONCENTRATED,
                                        3,
                                        30,
                                        "临沧师范高等专科学校",
                                        List.of(ProjectAction.SUBMIT, ProjectAction.CANCEL))
                                .at(Level.MUNICIPAL, "1")));
        plan(
                "临翔区",
                List.of(
                        new Demo("临翔区乡村小学数学教师培训", "教育精准扶贫", DeliveryForm.LOCAL_CONCENTRATED, 3, 50, "临翔区教师进修学校", NONE)
                                .at(Level.COUNTY, "1.2"),
                        new Demo(
                                        "临翔区班主任工作坊研修",
                                        "部门中心工作",
                                        DeliveryForm.BLENDED,
                                        0,
                                        40,
                                        "临翔区教师进修学校",
                                        steps(TO_PUBLISHED, ProjectAction.OPEN_ENROLMENT))
                                .at(Level.COUNTY, "1.2")));
        proposals(city);
    }

    /**
     * Two projects the city's teacher development centre proposed (issue 15): one submitted and waiting
     * for the city's approval, one the city returned with a reason for the centre to revise and resubmit.
     */
    private void proposals(AnnualPlan city) {
        Organisation centre = organisations.findByName("临沧市教师发展中心").orElseThrow();
        int seq = projects.projectsOf(city).size() + 1;
        Object[][] demos = {
            {"临沧市初中物理实验教学能力提升研修", ProjectAction.SUBMIT, null},
            {"临沧市中小学劳动教育骨干教师培训", ProjectAction.RETURN, "请补充实践课程安排，实践类课程不少于总学时的一半"}
        };
        for (Object[] d : demos) {
            ProjectStage stage = new ProjectStage(
                    1, DeliveryForm.LOCAL_CONCENTRATED, null, null, BigDecimal.valueOf(4), BigDecimal.valueOf(4), 50);
            TrainingProject project = projects.store(new TrainingProject(
                    city, seq++, null, (String) d[0], "名师培养", null, null, List.of(centre.name()), stage));
            project.proposedBy(centre);
            terms.complete(project, Level.MUNICIPAL, new BigDecimal("1.2"), Selection.DIRECTIVE, null, 10);
            project.apply(ProjectAction.SUBMIT, null);
            if (d[1] == ProjectAction.RETURN) {
                project.apply(ProjectAction.RETURN, (String) d[2]);
            }
        }
    }

    private AnnualPlan plan(String owner, List<Demo> demos) {
        Organisation bureau = organisations.findByName(owner).orElseThrow();
        AnnualPlan plan = projects.store(new AnnualPlan(YEAR, bureau, null, "demo-data"));
        int seq = 1;
        for (Demo d : demos) {
            BigDecimal days = d.days() == 0 ? null : BigDecimal.valueOf(d.days());
            ProjectStage stage = new ProjectStage(1, d.form(), null, null, days, days, d.trainees());
            TrainingProject project = projects.store(new TrainingProject(
                    plan, seq++, null, d.name(), d.category(), owner, null, List.of(d.host()), stage));
            if (d.level() != null) {
                Hours actual = d.days() == 0 ? Hours.of(d.form() == DeliveryForm.ONLINE ? 50 : 40) : null;
                // school-based training and workshops are chosen by teachers; the rest is assigned
                boolean chosen = d.level() == Level.SCHOOL || d.name().contains("工作坊");
                terms.complete(
                        project,
                        d.level(),
                        new BigDecimal(d.rate()),
                        chosen ? Selection.SELF_SELECTED : Selection.DIRECTIVE,
                        actual,
                        seq % 2 == 0 ? 3 : 9);
            }
            for (ProjectAction step : d.steps()) {
                project.apply(step, step == ProjectAction.CANCEL ? "报名人数不足，并入下一年度计划" : null);
            }
        }
        return plan;
    }

    private static List<ProjectAction> steps(List<ProjectAction> first, ProjectAction... more) {
        List<ProjectAction> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
