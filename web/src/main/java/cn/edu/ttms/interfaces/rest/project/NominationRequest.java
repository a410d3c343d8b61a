package cn.edu.ttms.interfaces.rest.project;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/v1/projects/{id}/enrolments}: the teacher to nominate. For now it only describes
 * the body in the OpenAPI document: the resource reads it by hand until JSON-B's binding of whole
 * numbers refuses {@code 1.5} and names {@code "abc"} as "not a whole number" (see the report).
 */
@Schema(name = "NominationRequest")
public record NominationRequest(@NotNull @Positive Long teacherId) {
}
