package cn.edu.ttms.interfaces.rest.account;

import cn.edu.ttms.domain.model.account.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/accounts} (api.md), with {@code directory} for directory (LDAP) accounts. */
@Schema(name = "AccountOpening", description = "开设账号")
public record AccountOpening(
        @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,39}")
        @Schema(maxLength = 40, pattern = "^[a-z0-9][a-z0-9._-]{1,39}$", description = "2–40 位小写字母、数字和 . _ -")
        String username,

        @NotBlank @Size(max = 80) @Schema(maxLength = 80) String displayName,
        @NotNull @Positive Long organisationId,
        @NotEmpty @Size(max = 8) List<@NotNull Role> roles,

        @Positive @Schema(description = "教师账号：该校教师的档案 id（可选）")
        Long teacherId,

        @Schema(description = "true：通过目录服务（LDAP）登录，不发放一次性密码（默认 false）")
        Boolean directory) {}
