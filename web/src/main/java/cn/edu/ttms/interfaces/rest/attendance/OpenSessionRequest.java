package cn.edu.ttms.interfaces.rest.attendance;

import cn.edu.ttms.domain.model.shared.Quantity;
import cn.edu.ttms.interfaces.rest.validation.Whole;
import cn.edu.ttms.interfaces.rest.validation.Within;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/v1/projects/{id}/attendance-sessions}: a session of a stage on a date, worth
 * {@code hours}, optionally from {@code startsAt} to {@code endsAt} ({@code "08:30"}). A stage the
 * project does not have is the domain's refusal, naming the stage.
 */
@Schema(name = "AttendanceSessionRequest")
public record OpenSessionRequest(
        @NotNull @Whole(min = 0, max = 1000) Integer stageNo,
        @NotNull @Schema(example = "2027-11-15") LocalDate date,

        @Within(Quantity.HOURS) @Schema(example = "3", minimum = "0", maximum = "9999.9")
        BigDecimal hours,

        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "08:30")
        LocalTime startsAt,

        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "10:00")
        LocalTime endsAt) {}
