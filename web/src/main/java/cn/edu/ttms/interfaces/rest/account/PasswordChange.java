package cn.edu.ttms.interfaces.rest.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/me/password} (api.md): {@code {"current", "next"}}. What a new
 * password must be is the domain's rule (PasswordRules); the bounds only keep absurd input out.
 */
@Schema(name = "PasswordChange", description = "修改本人密码；首次登录时 current 为管理员发放的一次性密码")
public record PasswordChange(
        @NotNull @Size(max = 128) @Schema(description = "当前密码或一次性密码")
        String current,

        @NotNull @Size(max = 128) @Schema(description = "新密码：至少 8 位，含字母和数字，不同于用户名")
        String next) {}
