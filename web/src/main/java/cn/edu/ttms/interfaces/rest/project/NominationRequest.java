package cn.edu.ttms.interfaces.rest.project;

import cn.edu.ttms.interfaces.rest.validation.Whole;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/v1/projects/{id}/enrolments}: the teacher to nominate. {@code 1.5} or
 * {@code "abc"} is refused as "not a whole number" ({@link cn.edu.ttms.interfaces.rest.json.StrictNumbers}).
 */
@Schema(name = "NominationRequest")
public record NominationRequest(@NotNull @Whole(min = 1) Long teacherId) {}
