package cn.edu.ttms.application.demo;

import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.project.CourseKind;
import cn.edu.ttms.domain.model.project.ProjectCourse;
import cn.edu.ttms.domain.model.project.ProjectModule;
import cn.edu.ttms.domain.model.project.ProjectQuota;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectTerms;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Selection;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Complete terms for a demo project: level and credit rate, dates and place, a lead where the host
 * is the city's centre, module hours that add up, quotas for two counties, and a curriculum that
 * keeps the implementation opinions (electives ≥ required, practice ≥ half).
 */
@Dependent
class DemoTerms {

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository accounts;

    void complete(
            TrainingProject project, Level level, BigDecimal rate, Selection selection, Hours actualHours, int month) {
        complete(project, level, rate, selection, actualHours, month, null);
    }

    /** The same with the given module hours (null: 6 h of ETHICS and the rest COMPETENCE, or all SCHOOL_BASED). */
    void complete(
            TrainingProject project,
            Level level,
            BigDecimal rate,
            Selection selection,
            Hours actualHours,
            int month,
            List<ProjectModule> givenModules) {
        PolicyRules rules = PolicyRules.lincang2017();
        ProjectStage s = project.stages().get(0);
        LocalDate start = LocalDate.of(project.year(), month, 6);
        LocalDate end = s.daysTotal() == null
                ? start.plusWeeks(8)
                : start.plusDays(Math.max(0, s.daysTotal().intValue() - 1));
        ProjectStage stage = new ProjectStage(
                1,
                s.form(),
                s.formText(),
                s.daysOffsite(),
                s.daysLocal(),
                s.daysTotal(),
                s.trainees(),
                actualHours,
                start,
                end,
                project.hosts());
        Organisation host = organisations
                .findByName(project.hosts())
                .filter(o -> o.kind() == OrganisationKind.INSTITUTION)
                .orElse(null);
        Long leadId = host != null && "临沧市教师发展中心".equals(host.name())
                ? accounts.findByUsername("lead").map(UserAccount::id).orElse(null)
                : null;
        ProjectTerms draft = new ProjectTerms(
                project.code() != null ? project.code() : code(project),
                project.name(),
                level,
                project.category(),
                project.proposingUnit(),
                selection,
                rate,
                project.capacity(),
                BigDecimal.valueOf(project.capacity() * 450L),
                host == null ? null : host.id(),
                project.hosts(),
                leadId,
                "李娜、杨帆",
                project.audience(),
                null,
                null,
                List.of(stage),
                List.of(),
                List.of(),
                List.of());
        BigDecimal hours = new cn.edu.ttms.domain.model.credit.ProjectHours(rules)
                .of(List.of(stage.toCreditStage()))
                .value();
        project.revise(
                new ProjectTerms(
                        draft.code(),
                        draft.name(),
                        level,
                        draft.category(),
                        draft.proposingUnit(),
                        selection,
                        rate,
                        draft.capacity(),
                        draft.budget(),
                        draft.hostId(),
                        draft.hosts(),
                        leadId,
                        draft.advisers(),
                        draft.audience(),
                        null,
                        null,
                        List.of(stage),
                        givenModules == null ? modules(level, hours) : givenModules,
                        quotas(project),
                        courses(hours)),
                rules);
    }

    /**
     * A code as a bureau numbers its plan: the owner's initials, the year's last two digits and the
     * project's sequence number in the plan — 临沧市's 2026 plan has LC2601, LC2602… The plan export
     * writes it into the name, 培训班(LC2601), and the plan import reads it back from there.
     */
    static String code(TrainingProject project) {
        String initials = switch (project.plan().owner().name()) {
            case "云南省" -> "YN";
            case "临沧市" -> "LC";
            case "临翔区" -> "LX";
            case "凤庆县" -> "FQ";
            default -> "JS"; // 教师培训
        };
        int sequence = project.sequenceNo() == null ? 0 : project.sequenceNo();
        return String.format("%s%02d%02d", initials, project.year() % 100, sequence);
    }

    private static List<ProjectModule> modules(Level level, BigDecimal hours) {
        if (level == Level.SCHOOL) {
            return List.of(new ProjectModule(Module.SCHOOL_BASED, new Hours(hours)));
        }
        BigDecimal ethics = hours.compareTo(BigDecimal.valueOf(12)) >= 0 ? BigDecimal.valueOf(6) : BigDecimal.ZERO;
        List<ProjectModule> modules = new ArrayList<>();
        if (ethics.signum() > 0) {
            modules.add(new ProjectModule(Module.ETHICS, new Hours(ethics)));
        }
        modules.add(new ProjectModule(Module.COMPETENCE, new Hours(hours.subtract(ethics))));
        return modules;
    }

    /** A city plan's directive projects give places to 临翔区 and 凤庆县. */
    private List<ProjectQuota> quotas(TrainingProject project) {
        if (!project.plan().owner().name().equals("临沧市")) {
            return List.of();
        }
        List<ProjectQuota> quotas = new ArrayList<>();
        organisations.findByName("临翔区").ifPresent(u -> quotas.add(new ProjectQuota(u.id(), project.capacity() / 2)));
        organisations.findByName("凤庆县").ifPresent(u -> quotas.add(new ProjectQuota(u.id(), project.capacity() / 4)));
        return quotas;
    }

    private static List<ProjectCourse> courses(BigDecimal hours) {
        BigDecimal required = hours.divide(BigDecimal.valueOf(3), 0, java.math.RoundingMode.DOWN);
        return List.of(
                new ProjectCourse(1, "师德与专业理念专题", CourseKind.REQUIRED, new Hours(required), false),
                new ProjectCourse(2, "课堂观摩与研课磨课", CourseKind.ELECTIVE, new Hours(hours.subtract(required)), true));
    }
}
