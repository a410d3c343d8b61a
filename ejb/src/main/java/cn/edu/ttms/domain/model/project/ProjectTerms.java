package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * Everything a bureau sets about a project (workflow.md §1), as one value: the edit form fills it,
 * {@link ProjectChecks} checks it whole, {@link TrainingProject#revise} takes it. Blank texts become
 * null and missing lists empty, so the checks see one shape.
 *
 * @param creditRate credits per hour (art. 10), null while not yet set
 * @param hostId the host institution in the tree, or null; {@code hosts} keeps the plan's words
 * @param leadId the project lead's account, or null
 * @param minTrainees the minimum class size (最低开班人数), or null when the bureau sets none
 * @param approvalChain who approves applications (self-selected projects); UNIT when not given
 */
public record ProjectTerms(
        String code,
        String name,
        Level level,
        String category,
        String proposingUnit,
        Selection selection,
        BigDecimal creditRate,
        int capacity,
        BigDecimal budget,
        Long hostId,
        String hosts,
        Long leadId,
        String advisers,
        String audience,
        Collection<SchoolStage> audienceStages,
        List<String> audienceSubjects,
        List<ProjectStage> stages,
        List<ProjectModule> modules,
        List<ProjectQuota> quotas,
        List<ProjectCourse> courses,
        Integer minTrainees,
        cn.edu.ttms.domain.model.project.ApprovalChain approvalChain) {

    /** Terms with the default approval chain (UNIT). */
    public ProjectTerms(
            String code,
            String name,
            Level level,
            String category,
            String proposingUnit,
            Selection selection,
            BigDecimal creditRate,
            int capacity,
            BigDecimal budget,
            Long hostId,
            String hosts,
            Long leadId,
            String advisers,
            String audience,
            Collection<SchoolStage> audienceStages,
            List<String> audienceSubjects,
            List<ProjectStage> stages,
            List<ProjectModule> modules,
            List<ProjectQuota> quotas,
            List<ProjectCourse> courses,
            Integer minTrainees) {
        this(
                code,
                name,
                level,
                category,
                proposingUnit,
                selection,
                creditRate,
                capacity,
                budget,
                hostId,
                hosts,
                leadId,
                advisers,
                audience,
                audienceStages,
                audienceSubjects,
                stages,
                modules,
                quotas,
                courses,
                minTrainees,
                null);
    }

    /** Terms without a minimum class size. */
    public ProjectTerms(
            String code,
            String name,
            Level level,
            String category,
            String proposingUnit,
            Selection selection,
            BigDecimal creditRate,
            int capacity,
            BigDecimal budget,
            Long hostId,
            String hosts,
            Long leadId,
            String advisers,
            String audience,
            Collection<SchoolStage> audienceStages,
            List<String> audienceSubjects,
            List<ProjectStage> stages,
            List<ProjectModule> modules,
            List<ProjectQuota> quotas,
            List<ProjectCourse> courses) {
        this(
                code,
                name,
                level,
                category,
                proposingUnit,
                selection,
                creditRate,
                capacity,
                budget,
                hostId,
                hosts,
                leadId,
                advisers,
                audience,
                audienceStages,
                audienceSubjects,
                stages,
                modules,
                quotas,
                courses,
                null,
                null);
    }

    public ProjectTerms {
        code = blankToNull(code);
        name = name == null ? "" : name.strip();
        category = blankToNull(category);
        proposingUnit = blankToNull(proposingUnit);
        selection = selection == null ? Selection.DIRECTIVE : selection;
        approvalChain = approvalChain == null ? cn.edu.ttms.domain.model.project.ApprovalChain.UNIT : approvalChain;
        hosts = blankToNull(hosts);
        advisers = blankToNull(advisers);
        audience = blankToNull(audience);
        audienceStages = audienceStages == null || audienceStages.isEmpty()
                ? EnumSet.noneOf(SchoolStage.class)
                : EnumSet.copyOf(audienceStages);
        audienceSubjects = audienceSubjects == null
                ? List.of()
                : audienceSubjects.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        stages = stages == null ? List.of() : List.copyOf(stages);
        modules = modules == null ? List.of() : List.copyOf(modules);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
        courses = courses == null ? List.of() : List.copyOf(courses);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
