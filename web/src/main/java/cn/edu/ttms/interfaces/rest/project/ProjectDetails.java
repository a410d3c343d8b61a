package cn.edu.ttms.interfaces.rest.project;

import cn.edu.ttms.application.project.ProjectSheet;
import cn.edu.ttms.domain.model.project.ApprovalChain;
import cn.edu.ttms.domain.model.project.CourseKind;
import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.ProjectTerms;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.shared.Violation;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One project with all its terms, its hours (explicitly null while they cannot be computed), the
 * warnings its terms raise and the steps the caller may take: what {@code GET /api/v1/projects/{id}}
 * answers, and what {@code PUT} takes back. Absent optional terms are left out.
 */
@Schema(name = "ProjectDetails")
@JsonbPropertyOrder({
    "id",
    "version",
    "plan",
    "year",
    "status",
    "places",
    "policy",
    "editable",
    "code",
    "name",
    "level",
    "category",
    "proposingUnit",
    "proposer",
    "returnReason",
    "selection",
    "creditRate",
    "capacity",
    "minTrainees",
    "approvalChain",
    "budget",
    "hostId",
    "hostName",
    "hosts",
    "leadId",
    "leadName",
    "advisers",
    "audience",
    "cancelReason",
    "audienceStages",
    "audienceSubjects",
    "hours",
    "stages",
    "modules",
    "quotas",
    "courses",
    "warnings",
    "actions"
})
public record ProjectDetails(
        long id,
        long version,
        PlanRef plan,
        int year,
        ProjectStatus status,
        int places,
        String policy,
        boolean editable,
        String code,
        String name,
        Level level,
        String category,
        String proposingUnit,

        @Schema(description = "提出项目的单位（培训机构或学校）；教育局自己的项目没有此项")
        ProposerRef proposer,

        @Schema(description = "教育局退回项目的原因（项目被退回、尚未重新申报时）") String returnReason,
        Selection selection,
        BigDecimal creditRate,
        int capacity,
        Integer minTrainees,
        ApprovalChain approvalChain,
        BigDecimal budget,
        Long hostId,
        String hostName,
        String hosts,
        Long leadId,
        String leadName,
        String advisers,
        String audience,
        String cancelReason,
        List<SchoolStage> audienceStages,
        List<String> audienceSubjects,

        @JsonbNillable @Schema(description = "各阶段学时之和；无法计算时为 null", nullable = true)
        BigDecimal hours,

        List<StageView> stages,
        List<ModuleView> modules,
        List<QuotaView> quotas,
        List<CourseView> courses,
        List<Warning> warnings,
        List<ProjectAction> actions) {

    /** The unit that proposed a project (a training institution or a school) to the bureau that owns it. */
    @Schema(name = "ProjectProposer")
    @JsonbPropertyOrder({"id", "name"})
    public record ProposerRef(long id, String name) {}

    /** The annual plan a project belongs to. */
    @Schema(name = "ProjectPlanRef")
    @JsonbPropertyOrder({"id", "name"})
    public record PlanRef(long id, String name) {}

    @Schema(name = "ProjectStage")
    @JsonbPropertyOrder({
        "stageNo",
        "form",
        "trainees",
        "formText",
        "daysOffsite",
        "daysLocal",
        "daysTotal",
        "hours",
        "startDate",
        "endDate",
        "place"
    })
    public record StageView(
            int stageNo,
            DeliveryForm form,
            int trainees,
            String formText,
            BigDecimal daysOffsite,
            BigDecimal daysLocal,
            BigDecimal daysTotal,
            BigDecimal hours,
            LocalDate startDate,
            LocalDate endDate,
            String place) {

        static StageView of(ProjectStage s) {
            return new StageView(
                    s.stageNo(),
                    s.form(),
                    s.trainees(),
                    s.formText(),
                    s.daysOffsite(),
                    s.daysLocal(),
                    s.daysTotal(),
                    s.hours() == null ? null : s.hours().value(),
                    s.startDate(),
                    s.endDate(),
                    s.place());
        }
    }

    @Schema(name = "ProjectModule")
    @JsonbPropertyOrder({"module", "hours"})
    public record ModuleView(Module module, BigDecimal hours) {}

    @Schema(name = "ProjectQuota")
    @JsonbPropertyOrder({"unitId", "unitName", "places"})
    public record QuotaView(long unitId, String unitName, int places) {}

    @Schema(name = "ProjectCourse")
    @JsonbPropertyOrder({"title", "kind", "hours", "practical"})
    public record CourseView(String title, CourseKind kind, BigDecimal hours, boolean practical) {}

    /** A rule the terms do not meet yet (saving is allowed; submitting is not), in the caller's language. */
    @Schema(name = "ProjectWarning")
    @JsonbPropertyOrder({"message", "field"})
    public record Warning(String message, String field) {

        static List<Warning> of(List<Violation> list, Locale locale) {
            return list.stream()
                    .map(v -> new Warning(DomainMessages.format(v.messageKey(), v.args(), locale), v.field()))
                    .toList();
        }
    }

    static ProjectDetails of(ProjectSheet sheet, Locale locale) {
        TrainingProject p = sheet.project();
        ProjectTerms t = sheet.terms();
        return new ProjectDetails(
                p.id(),
                p.version(),
                new PlanRef(p.plan().id(), p.plan().name()),
                p.year(),
                p.status(),
                p.places(),
                sheet.policy(),
                p.editable(),
                t.code(),
                t.name(),
                t.level(),
                t.category(),
                t.proposingUnit(),
                p.proposerId() == null ? null : new ProposerRef(p.proposerId(), sheet.proposerName()),
                p.returnReason(),
                t.selection(),
                t.creditRate(),
                t.capacity(),
                t.minTrainees(),
                t.approvalChain(),
                t.budget(),
                t.hostId(),
                t.hostId() == null ? null : sheet.nameOf(t.hostId()),
                t.hosts(),
                t.leadId(),
                t.leadId() == null ? null : sheet.leadName(),
                t.advisers(),
                t.audience(),
                p.cancelReason(),
                List.copyOf(t.audienceStages()),
                t.audienceSubjects(),
                sheet.hours() == null ? null : sheet.hours().value(),
                t.stages().stream().map(StageView::of).toList(),
                t.modules().stream()
                        .map(m -> new ModuleView(m.module(), m.hours().value()))
                        .toList(),
                t.quotas().stream()
                        .map(q -> new QuotaView(q.unitId(), sheet.nameOf(q.unitId()), q.places()))
                        .toList(),
                t.courses().stream()
                        .map(c -> new CourseView(c.title(), c.kind(), c.hours().value(), c.practical()))
                        .toList(),
                Warning.of(sheet.warnings(), locale),
                sheet.actions());
    }
}
