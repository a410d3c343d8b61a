package cn.edu.ttms.interfaces.rest.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/organisations/{id}}: {@code {"version": 0, "name": "…"}}. */
@Schema(name = "OrganisationRename", description = "单位改名（携带读取时的 version）")
public record OrganisationRename(
        @NotNull @PositiveOrZero Long version,
        @NotBlank @Size(max = 120) @Schema(maxLength = 120) String name) {}
