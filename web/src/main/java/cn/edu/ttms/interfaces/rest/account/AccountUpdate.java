package cn.edu.ttms.interfaces.rest.account;

import cn.edu.ttms.domain.model.account.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/v1/accounts/{id}} (api.md): the whole account again; {@code version},
 * when sent, is the one that was read (a newer one answers 409 naming who changed it).
 */
@Schema(name = "AccountUpdate", description = "修改账号：姓名、所属单位、角色、是否启用")
public record AccountUpdate(
        @NotBlank @Size(max = 80) @Schema(maxLength = 80) String displayName,
        @NotNull @Positive Long organisationId,
        @NotEmpty @Size(max = 8) List<@NotNull Role> roles,
        @NotNull Boolean enabled,

        @PositiveOrZero @Schema(description = "读取时的 version（可选）")
        Long version) {}
