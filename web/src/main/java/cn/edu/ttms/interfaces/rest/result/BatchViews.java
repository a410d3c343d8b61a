package cn.edu.ttms.interfaces.rest.result;

import cn.edu.ttms.application.result.BatchSheet;
import cn.edu.ttms.application.result.BatchSummary;
import cn.edu.ttms.application.result.ResultRow;
import cn.edu.ttms.application.result.SignatureView;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.result.BatchIntegrity;
import cn.edu.ttms.domain.model.result.BatchStatus;
import cn.edu.ttms.domain.model.result.SignatureMeaning;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A class's results as {@code /api/v1/result-batches} answers them (api.md). Decimals carry their
 * exact scale ({@code 25.92}); absent optional values are left out, except a row's {@code score},
 * which is always there (null before it is entered), and a stage offered without hours (null).
 */
public final class BatchViews {

    private BatchViews() {}

    /** A batch in the list. */
    @Schema(name = "ResultBatchSummary")
    @JsonbPropertyOrder({
        "id",
        "projectId",
        "projectName",
        "year",
        "revision",
        "status",
        "integrity",
        "rows",
        "signatures",
        "projectCode",
        "verifiedAt"
    })
    public record Summary(
            long id,
            long projectId,
            String projectName,
            int year,
            int revision,
            BatchStatus status,
            BatchIntegrity integrity,
            int rows,
            List<Signature> signatures,
            String projectCode,
            Instant verifiedAt) {

        public static Summary of(BatchSummary b) {
            return new Summary(
                    b.id(),
                    b.projectId(),
                    b.projectName(),
                    b.year(),
                    b.revision(),
                    b.status(),
                    b.integrity(),
                    b.rows(),
                    Signature.of(b.signatures()),
                    b.projectCode(),
                    b.verifiedAt());
        }
    }

    @Schema(name = "ResultBatchPage")
    @JsonbPropertyOrder({"items", "total"})
    public record Page(List<Summary> items, long total) {}

    /** A signature of the chain: what it means (确认, 审核通过, 认定), who gave it and when. */
    @Schema(name = "ResultSignature")
    @JsonbPropertyOrder({
        "id",
        "revision",
        "meaning",
        "words",
        "signer",
        "signerName",
        "role",
        "signedAt",
        "certificateId"
    })
    public record Signature(
            long id,
            int revision,
            SignatureMeaning meaning,
            String words,
            String signer,
            String signerName,
            String role,
            Instant signedAt,
            long certificateId) {

        static List<Signature> of(List<SignatureView> list) {
            return list.stream()
                    .map(s -> new Signature(
                            s.id(),
                            s.revision(),
                            s.meaning(),
                            s.meaning().words(),
                            s.signer(),
                            s.signerName(),
                            s.signerRole(),
                            s.signedAt(),
                            s.certificateId()))
                    .toList();
        }
    }

    /** A class's batch: its project, its rows, its signatures and what the caller may do with it. */
    @Schema(name = "ResultBatch")
    @JsonbPropertyOrder({
        "id",
        "version",
        "revision",
        "status",
        "integrity",
        "project",
        "rows",
        "signatures",
        "mayEnter",
        "maySign",
        "mayReturn",
        "returnReason",
        "nextSignature"
    })
    public record Sheet(
            long id,
            long version,
            int revision,
            BatchStatus status,
            BatchIntegrity integrity,
            Project project,
            List<Row> rows,
            List<Signature> signatures,
            boolean mayEnter,
            boolean maySign,
            boolean mayReturn,
            String returnReason,
            SignatureMeaning nextSignature) {

        public static Sheet of(BatchSheet s) {
            Map<String, BigDecimal> stages = new LinkedHashMap<>();
            s.stagesOffered().forEach((no, h) -> stages.put(String.valueOf(no), h));
            return new Sheet(
                    s.batchId(),
                    s.batchVersion(),
                    s.revision(),
                    s.status(),
                    s.integrity(),
                    new Project(
                            s.projectId(),
                            s.projectName(),
                            s.year(),
                            s.level(),
                            s.projectStatus(),
                            stages,
                            s.modules()),
                    s.rows().stream().map(Row::of).toList(),
                    Signature.of(s.signatures()),
                    s.mayEnter(),
                    s.maySign(),
                    s.mayReturn(),
                    s.returnReason(),
                    s.nextMeaning());
        }
    }

    /** The project of a batch, with the hours each stage offers (stage number → hours, null when unknown). */
    @Schema(name = "ResultBatchProject")
    @JsonbPropertyOrder({"id", "name", "year", "level", "status", "stagesOffered", "modules"})
    public record Project(
            long id,
            String name,
            int year,
            Level level,
            ProjectStatus status,
            @Schema(description = "阶段序号 → 学时（未知时为 null）") Map<String, BigDecimal> stagesOffered,
            List<String> modules) {}

    /** One trainee's result. */
    @Schema(name = "ResultSheetRow")
    @JsonbPropertyOrder({
        "resultId",
        "version",
        "teacherId",
        "name",
        "school",
        "identitySuffix",
        "identityNumberValid",
        "stageHours",
        "hours",
        "countedHours",
        "baseCredits",
        "performanceCredits",
        "credits",
        "modules",
        "voided",
        "score",
        "grade",
        "policy",
        "voidReason"
    })
    public record Row(
            long resultId,
            long version,
            long teacherId,
            String name,
            String school,
            String identitySuffix,

            @Schema(description = "false when the stored identity number fails its check (shown, flagged)")
            boolean identityNumberValid,

            Map<String, BigDecimal> stageHours,
            BigDecimal hours,
            BigDecimal countedHours,
            BigDecimal baseCredits,
            BigDecimal performanceCredits,
            BigDecimal credits,
            List<ModuleShare> modules,
            boolean voided,
            @JsonbNillable @Schema(nullable = true) BigDecimal score,
            Grade grade,
            PolicyRef policy,
            String voidReason) {

        static Row of(ResultRow r) {
            Map<String, BigDecimal> stageHours = new LinkedHashMap<>();
            r.stageHours().forEach((no, h) -> stageHours.put(String.valueOf(no), h));
            return new Row(
                    r.resultId(),
                    r.version(),
                    r.teacherId(),
                    r.name(),
                    r.school(),
                    r.identitySuffix(),
                    r.identityNumberValid(),
                    stageHours,
                    r.hours(),
                    r.countedHours(),
                    r.baseCredits(),
                    r.performanceCredits(),
                    r.credits(),
                    r.modules().stream()
                            .map(m -> new ModuleShare(m.module(), m.hours(), m.credits()))
                            .toList(),
                    r.voided(),
                    r.score(),
                    r.grade(),
                    r.policyId() == null ? null : new PolicyRef(r.policyId(), r.policyVersion()),
                    r.voidReason());
        }
    }

    /** A row's hours and credits counted towards one module. */
    @Schema(name = "ResultModuleShare")
    @JsonbPropertyOrder({"module", "hours", "credits"})
    public record ModuleShare(String module, BigDecimal hours, BigDecimal credits) {}

    /** The credit policy version a row was computed under. */
    @Schema(name = "ResultPolicyRef")
    @JsonbPropertyOrder({"id", "version"})
    public record PolicyRef(long id, Integer version) {}
}
