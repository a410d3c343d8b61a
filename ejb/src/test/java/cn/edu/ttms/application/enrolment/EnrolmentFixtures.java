package cn.edu.ttms.application.enrolment;

import static cn.edu.ttms.domain.model.organisation.Units.unit;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.Units;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.domain.model.project.ProjectQuota;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectTerms;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A city with two counties and a school in each, and the enrolling projects of its plan. */
final class EnrolmentFixtures {

    final Organisation province = unit(null, OrganisationKind.PROVINCE, "云南省", 1);
    final Organisation city = unit(province, OrganisationKind.CITY, "临沧市", 2);
    final Organisation linxiang = unit(city, OrganisationKind.COUNTY, "临翔区", 4);
    final Organisation fengqing = unit(city, OrganisationKind.COUNTY, "凤庆县", 5);
    final Organisation linxiangSchool = unit(linxiang, OrganisationKind.SCHOOL, "临翔区第一完全小学", 9);
    final Organisation fengqingSchool = unit(fengqing, OrganisationKind.SCHOOL, "凤庆县第一完全小学", 10);
    final AnnualPlan plan = new AnnualPlan(2026, city, null, null);

    /** An enrolling municipal project of {@code capacity} places, held on the given dates. */
    TrainingProject enrolling(long id, int capacity, LocalDate from, LocalDate to, ProjectQuota... quotas) {
        ProjectStage stage = new ProjectStage(
                1,
                DeliveryForm.LOCAL_CONCENTRATED,
                "本地集中",
                null,
                BigDecimal.valueOf(3),
                BigDecimal.valueOf(3),
                capacity,
                null,
                from,
                to,
                null);
        TrainingProject p =
                Units.withId(new TrainingProject(plan, (int) id, null, "项目" + id, null, null, null, null, stage), id);
        if (quotas.length > 0) {
            ProjectTerms t = p.terms();
            p.revise(
                    new ProjectTerms(
                            t.code(),
                            t.name(),
                            t.level(),
                            t.category(),
                            t.proposingUnit(),
                            t.selection(),
                            t.creditRate(),
                            capacity,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            t.audienceStages(),
                            t.audienceSubjects(),
                            t.stages(),
                            List.of(),
                            List.of(quotas),
                            List.of()),
                    PolicyRules.lincang2017());
        }
        for (ProjectAction step : List.of(
                ProjectAction.SUBMIT, ProjectAction.APPROVE, ProjectAction.PUBLISH, ProjectAction.OPEN_ENROLMENT)) {
            p.apply(step, null);
        }
        return p;
    }

    TrainingProject enrolling(long id, int capacity, ProjectQuota... quotas) {
        return enrolling(id, capacity, LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 23), quotas);
    }

    /** A teacher at {@code school}; the number is the same for all, as the rules look at ids only. */
    static Teacher teacher(long id, Organisation school) {
        return Units.withId(
                new Teacher(
                        IdentityNumber.of("530902198503151233"),
                        school,
                        new TeacherProfile("教师" + id, null, "语文", SchoolStage.PRIMARY, null, null, false, null)),
                id);
    }
}
