package cn.edu.ttms.interfaces.rest.attendance;

import cn.edu.ttms.interfaces.rest.validation.Length;
import cn.edu.ttms.interfaces.rest.validation.Whole;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manual mark: the trainee and why (the domain refuses a blank reason, naming it). */
@Schema(name = "AttendanceMarkRequest")
public record MarkRequest(
        @NotNull @Whole(min = 1) Long teacherId,
        @Length(max = 500) String reason) {}
