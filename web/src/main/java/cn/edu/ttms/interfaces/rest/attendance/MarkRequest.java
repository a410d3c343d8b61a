package cn.edu.ttms.interfaces.rest.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manual mark: the trainee and why (the domain refuses a blank reason, naming it). */
@Schema(name = "AttendanceMarkRequest")
public record MarkRequest(@NotNull @Positive Long teacherId, @Size(max = 500) String reason) {
}
