package cn.edu.ttms.interfaces.rest.project;

import cn.edu.ttms.domain.model.project.ApprovalChain;
import cn.edu.ttms.domain.model.project.CourseKind;
import cn.edu.ttms.domain.model.project.ProjectCourse;
import cn.edu.ttms.domain.model.project.ProjectModule;
import cn.edu.ttms.domain.model.project.ProjectQuota;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectTerms;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Quantity;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.interfaces.rest.validation.Length;
import cn.edu.ttms.interfaces.rest.validation.Whole;
import cn.edu.ttms.interfaces.rest.validation.Within;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project's terms as {@code POST /api/v1/projects} ({@code planId} and the terms) and {@code PUT
 * /api/v1/projects/{id}} ({@code version} and the terms) take them: the body PUT takes is what GET
 * gives, its read-only fields ignored. Every number is range-checked before the domain sees it;
 * stages and courses are numbered in the order given.
 */
@Schema(name = "ProjectTermsRequest", description = "项目的全部条款（新建时带 planId，修改时带读取时的 version）")
public record ProjectTermsRequest(
        @Whole(min = 1) @Schema(description = "新建时：所属年度计划") Long planId,

        @Whole(min = 0) @Schema(description = "修改时：读取时的版本号，期间被他人保存则 409")
        Long version,

        @Length(max = 40) String code,
        @Length(max = 300) String name,
        Level level,
        @Length(max = 100) String category,
        @Length(max = 200) String proposingUnit,
        Selection selection,

        @Within(Quantity.CREDIT_RATE) @Schema(example = "1.5", minimum = "0", maximum = "100")
        BigDecimal creditRate,

        @Whole(min = 0, max = 1_000_000) Integer capacity,
        @Whole(min = 0, max = 1_000_000) Integer minTrainees,
        ApprovalChain approvalChain,

        @Within(Quantity.BUDGET) @Schema(minimum = "0", maximum = "999999999.99")
        BigDecimal budget,

        @Whole(min = 1) Long hostId,
        @Length(max = 500) String hosts,
        @Whole(min = 1) Long leadId,
        @Length(max = 300) String advisers,
        @Length(max = 500) String audience,
        @Length(max = 20) List<@NotNull SchoolStage> audienceStages,
        @Length(max = 50) List<@NotNull String> audienceSubjects,
        @Length(max = 99) List<@NotNull @Valid Stage> stages,
        @Length(max = 50) List<@NotNull @Valid ModuleHours> modules,
        @Length(max = 2000) List<@NotNull @Valid Quota> quotas,
        @Length(max = 500) List<@NotNull @Valid Course> courses) {

    /** A stage of the training; its number is its place in the list. */
    @Schema(name = "ProjectStageRequest")
    public record Stage(
            @NotNull DeliveryForm form,
            @Length(max = 100) String formText,

            @Within(Quantity.DAYS) @Schema(minimum = "0", maximum = "366")
            BigDecimal daysOffsite,

            @Within(Quantity.DAYS) @Schema(minimum = "0", maximum = "366")
            BigDecimal daysLocal,

            @Within(Quantity.DAYS) @Schema(minimum = "0", maximum = "366")
            BigDecimal daysTotal,

            @Whole(min = 0, max = 1_000_000) Integer trainees,

            @Within(Quantity.HOURS) @Schema(minimum = "0", maximum = "9999.9")
            BigDecimal hours,

            LocalDate startDate,
            LocalDate endDate,
            @Length(max = 200) String place) {

        ProjectStage toStage(int stageNo) {
            return new ProjectStage(
                    stageNo,
                    form,
                    formText,
                    daysOffsite,
                    daysLocal,
                    daysTotal,
                    trainees == null ? 0 : trainees,
                    hours == null ? null : new Hours(hours),
                    startDate,
                    endDate,
                    place);
        }
    }

    /** The hours of one module of the curriculum. */
    @Schema(name = "ProjectModuleRequest")
    public record ModuleHours(
            @NotNull Module module,

            @NotNull @Within(Quantity.HOURS) @Schema(minimum = "0", maximum = "9999.9")
            BigDecimal hours) {}

    /** Places reserved for a unit. */
    @Schema(name = "ProjectQuotaRequest")
    public record Quota(
            @NotNull @Whole(min = 1) Long unitId,
            @Whole(min = 0, max = 1_000_000) Integer places) {}

    /** A course of the curriculum; its number is its place in the list. */
    @Schema(name = "ProjectCourseRequest")
    public record Course(
            @Length(max = 200) String title,
            @NotNull CourseKind kind,

            @NotNull @Within(Quantity.HOURS) @Schema(minimum = "0", maximum = "9999.9")
            BigDecimal hours,

            Boolean practical) {}

    /** The terms for the domain. */
    ProjectTerms terms() {
        List<ProjectStage> stageList = new ArrayList<>();
        for (Stage s : orEmpty(stages)) {
            stageList.add(s.toStage(stageList.size() + 1));
        }
        List<ProjectCourse> courseList = new ArrayList<>();
        for (Course c : orEmpty(courses)) {
            courseList.add(new ProjectCourse(
                    courseList.size() + 1,
                    c.title() == null ? "" : c.title(),
                    c.kind(),
                    new Hours(c.hours()),
                    Boolean.TRUE.equals(c.practical())));
        }
        return new ProjectTerms(
                code,
                name,
                level,
                category,
                proposingUnit,
                selection,
                creditRate,
                capacity == null ? 0 : capacity,
                budget,
                hostId,
                hosts,
                leadId,
                advisers,
                audience,
                orEmpty(audienceStages),
                orEmpty(audienceSubjects),
                stageList,
                orEmpty(modules).stream()
                        .map(m -> new ProjectModule(m.module(), new Hours(m.hours())))
                        .toList(),
                orEmpty(quotas).stream()
                        .map(q -> new ProjectQuota(q.unitId(), q.places() == null ? 0 : q.places()))
                        .toList(),
                courseList,
                minTrainees,
                approvalChain);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
