package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.domain.model.compliance.RequirementRow;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.shared.Module;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One requirement row of a compliance report (api.md): {@code module} is always present, {@code null}
 * for rows that are not per module. {@code actual}, {@code shortfall} and {@code met} count recognised
 * results; {@code actualIncludingPending} and {@code stillNeeded} add those still being signed off.
 */
@Schema(name = "ComplianceRow")
@JsonbPropertyOrder({
    "requirement",
    "module",
    "required",
    "actual",
    "shortfall",
    "met",
    "actualIncludingPending",
    "stillNeeded"
})
public record ComplianceRow(
        Requirement requirement,
        @JsonbNillable @Schema(nullable = true) Module module,
        BigDecimal required,
        BigDecimal actual,
        BigDecimal shortfall,
        boolean met,
        BigDecimal actualIncludingPending,
        BigDecimal stillNeeded) {

    public static ComplianceRow of(RequirementRow row) {
        return new ComplianceRow(
                row.requirement(),
                row.module(),
                row.required(),
                row.actual(),
                row.shortfall(),
                row.met(),
                row.actualIncludingPending(),
                row.stillNeeded());
    }
}
