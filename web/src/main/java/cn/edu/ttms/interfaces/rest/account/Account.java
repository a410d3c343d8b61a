package cn.edu.ttms.interfaces.rest.account;

import cn.edu.ttms.application.account.AccountView;
import cn.edu.ttms.domain.model.account.Role;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An account as its administrators see it (api.md {@code GET /accounts}); beyond api.md's fields,
 * {@code passwordChangeRequired} (still on a one-time password), {@code directory} (signs in at the
 * directory) and {@code version} (to send back with a change).
 */
@Schema(name = "Account")
@JsonbPropertyOrder({
    "id",
    "username",
    "displayName",
    "organisation",
    "roles",
    "enabled",
    "locked",
    "teacherId",
    "passwordChangeRequired",
    "directory",
    "version"
})
public record Account(
        long id,
        String username,
        String displayName,
        Unit organisation,
        List<Role> roles,
        @Schema(description = "false：已停用，不能登录") boolean enabled,
        @Schema(description = "因连续输错密码而暂时锁定") boolean locked,

        @JsonbNillable @Schema(nullable = true, description = "教师账号所属的教师档案 id")
        Long teacherId,

        @Schema(description = "仍在使用一次性密码，下次登录须先设置自己的密码") boolean passwordChangeRequired,
        @Schema(description = "通过目录服务（LDAP）登录，本系统不保存密码") boolean directory,
        @Schema(description = "修改时携带，已过时则 409") long version) {

    /** The account's unit. */
    @Schema(name = "AccountUnit")
    @JsonbPropertyOrder({"id", "name"})
    public record Unit(long id, String name) {}

    static Account of(AccountView v) {
        return new Account(
                v.id(),
                v.username(),
                v.displayName(),
                new Unit(v.organisationId(), v.organisationName()),
                v.roles(),
                v.enabled(),
                v.locked(),
                v.teacherId(),
                v.passwordChangeRequired(),
                v.directory(),
                v.version());
    }
}
