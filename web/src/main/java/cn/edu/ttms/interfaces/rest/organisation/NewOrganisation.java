package cn.edu.ttms.interfaces.rest.organisation;

import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/organisations}: {@code {"parentId": 5, "kind": "SCHOOL", "name": "…", "code": "…"}}. */
@Schema(name = "NewOrganisation", description = "在调用者管理范围内新增一个单位")
public record NewOrganisation(
        @NotNull @Positive Long parentId,
        @NotNull OrganisationKind kind,
        @NotBlank @Size(max = 120) @Schema(maxLength = 120) String name,

        @Size(max = 40) @Schema(maxLength = 40, description = "单位代码（可选）")
        String code) {}
