package cn.edu.ttms.interfaces.rest.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/projects/{id}/enrolments}: the teacher to nominate. */
@Schema(name = "NominationRequest")
public record NominationRequest(@NotNull @Positive Long teacherId) {
}
