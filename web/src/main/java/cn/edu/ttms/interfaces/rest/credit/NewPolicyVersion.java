package cn.edu.ttms.interfaces.rest.credit;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/credit-policies}: a new version of {@code basedOn} from
 * {@code effectiveFrom}; with a different {@code name} or a {@code jurisdictionId}, a new policy based
 * on it. {@code rules} is the versioned rules document, checked whole by the domain's reader (shape,
 * {@code formatVersion}, unknown keys, number ranges) — see docs/decisions.md.
 */
@Schema(name = "NewCreditPolicyVersion", description = "政策的新版本（或以其为基础的新政策）")
public record NewPolicyVersion(
        @NotNull @Positive Long basedOn,

        @Size(max = 120) @Schema(maxLength = 120, description = "与原政策不同的名称即新建一项政策")
        String name,

        @Positive @Schema(description = "适用的单位（其下级单位同样适用）") Long jurisdictionId,

        @NotNull @Schema(description = "生效日期 yyyy-MM-dd", example = "2027-01-01")
        LocalDate effectiveFrom,

        @NotNull @Schema(type = SchemaType.OBJECT, description = PolicyDetails.RULES)
        JsonObject rules,

        @Size(max = 500) @Schema(maxLength = 500) String note) {}
