package cn.edu.ttms.interfaces.rest.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new one-time password after a reset (api.md {@code POST /accounts/{id}/password-reset}), shown only here. */
@Schema(name = "InitialPassword")
public record InitialPassword(
        @Schema(description = "一次性密码，仅此一次显示；下次登录须先设置自己的密码") String initialPassword) {}
