package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.application.archive.ArchiveEntry;
import cn.edu.ttms.application.archive.TeacherArchive;
import cn.edu.ttms.application.result.ResultRow;
import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Selection;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A teacher's training archive (api.md {@code GET /teachers/{id}/archive}): every shown result with
 * project, hours, credits, module split, status and policy version, and the integrity record.
 * Decimals keep their exact scale; {@code score} is always present ({@code null} without a score),
 * {@code grade}, {@code policy} and {@code voidReason} only when there is one.
 */
@Schema(name = "TrainingArchive")
@JsonbPropertyOrder({"teacherId", "name", "school", "identityNumberValid", "items", "total", "integrityRecord"})
public record TrainingArchive(
        long teacherId,
        String name,
        String school,
        boolean identityNumberValid,
        List<Item> items,
        int total,
        List<IntegrityEntry> integrityRecord) {

    /** One result of the archive. */
    @Schema(name = "ArchiveItem")
    @JsonbPropertyOrder({
        "resultId",
        "project",
        "year",
        "hours",
        "countedHours",
        "credits",
        "modules",
        "status",
        "batchId",
        "score",
        "grade",
        "policy",
        "voidReason"
    })
    public record Item(
            long resultId,
            Project project,
            int year,
            BigDecimal hours,
            BigDecimal countedHours,
            BigDecimal credits,
            List<ModuleShare> modules,
            ResultStatus status,
            long batchId,
            @JsonbNillable @Schema(nullable = true) BigDecimal score,
            Grade grade,
            PolicyRef policy,
            @Schema(description = "作废原因（仅 VOID）") String voidReason) {}

    /** The project a result belongs to; {@code code} is empty when the project has none. */
    @Schema(name = "ArchiveProject")
    @JsonbPropertyOrder({"id", "name", "code", "level", "selection"})
    public record Project(long id, String name, String code, Level level, Selection selection) {}

    /** The hours and credits a result gives one module. */
    @Schema(name = "ArchiveModuleShare")
    @JsonbPropertyOrder({"module", "hours", "credits"})
    public record ModuleShare(String module, BigDecimal hours, BigDecimal credits) {}

    /** The policy version a result's credits were computed under. */
    @Schema(name = "ArchivePolicyRef")
    @JsonbPropertyOrder({"id", "version"})
    public record PolicyRef(long id, Integer version) {}

    /** An entry of the integrity record (a tampered row found, voided…). */
    @Schema(name = "ArchiveIntegrityEntry")
    @JsonbPropertyOrder({"id", "kind", "detail", "recordedAt"})
    public record IntegrityEntry(long id, String kind, String detail, Instant recordedAt) {}

    static TrainingArchive of(TeacherArchive a) {
        return new TrainingArchive(
                a.teacherId(),
                a.name(),
                a.school(),
                a.identityNumberValid(),
                a.entries().stream().map(TrainingArchive::item).toList(),
                a.entries().size(),
                a.integrity().stream()
                        .map(i -> new IntegrityEntry(i.id(), i.kind(), i.detail(), i.recordedAt()))
                        .toList());
    }

    private static Item item(ArchiveEntry e) {
        return new Item(
                e.resultId(),
                new Project(
                        e.projectId(),
                        e.projectName(),
                        e.projectCode() == null ? "" : e.projectCode(),
                        e.level(),
                        e.selection()),
                e.year(),
                e.hours(),
                e.countedHours(),
                e.credits(),
                modules(e.modules()),
                e.status(),
                e.batchId(),
                e.score(),
                e.grade(),
                e.policyId() == null ? null : new PolicyRef(e.policyId(), e.policyVersion()),
                e.voidReason());
    }

    private static List<ModuleShare> modules(List<ResultRow.ModuleShareView> shares) {
        return shares.stream()
                .map(m -> new ModuleShare(m.module(), m.hours(), m.credits()))
                .toList();
    }
}
