package cn.edu.ttms.interfaces.rest.organisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/organisations/{id}/move}: {@code {"parentId": 5}}. */
@Schema(name = "OrganisationMove", description = "把单位移到另一个上级单位之下")
public record OrganisationMove(@NotNull @Positive Long parentId) {}
