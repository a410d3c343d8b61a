package cn.edu.ttms.interfaces.rest.statistics;

import cn.edu.ttms.domain.model.shared.Quantity;
import cn.edu.ttms.interfaces.rest.validation.Whole;
import cn.edu.ttms.interfaces.rest.validation.Within;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/statistics/targets}: every target of the unit's year at once (a figure
 * left out is no target); {@code version} the one read, absent for targets not set before. Ranges are
 * checked before anything else runs: a value out of range, or not a number, answers 422 naming it.
 */
@Schema(name = "TargetsUpdate", description = "设定单位某年度的培训目标")
public record TargetsUpdate(
        @Size(max = 200) @Valid @Schema(description = "各类别的目标培训人次")
        List<@NotNull @Valid CategoryPlaces> categories,

        @Within(Quantity.PERCENT) @Schema(description = "市级及以上骨干教师占比目标（%），参考 3", minimum = "0", maximum = "100")
        BigDecimal keyTeacherCityPercent,

        @Within(Quantity.PERCENT) @Schema(description = "县级及以上骨干教师占比目标（%），参考 20", minimum = "0", maximum = "100")
        BigDecimal keyTeacherCountyPercent,

        @Within(Quantity.PERCENT) @Schema(description = "达标率目标（%）", minimum = "0", maximum = "100")
        BigDecimal compliancePercent,

        @Whole(min = 0) @Schema(description = "读取时的 version；首次设定时不填")
        Long version) {

    /** Places of one project category. */
    @Schema(name = "CategoryPlaces")
    public record CategoryPlaces(
            @NotBlank @Size(max = 100) @Schema(maxLength = 100)
            String category,

            @NotNull @Whole(min = 0, max = 9_999_999) @Schema(minimum = "0", maximum = "9999999")
            Integer places) {}
}
