package cn.edu.ttms.interfaces.rest.account;

import cn.edu.ttms.application.account.AccountView;
import cn.edu.ttms.domain.model.account.Role;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new account (api.md {@code POST /accounts} → 201) and its one-time password, shown only here. */
@Schema(name = "OpenedAccount")
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
    "version",
    "initialPassword"
})
public record OpenedAccount(
        long id,
        String username,
        String displayName,
        Account.Unit organisation,
        List<Role> roles,
        boolean enabled,
        boolean locked,
        @JsonbNillable @Schema(nullable = true) Long teacherId,
        boolean passwordChangeRequired,
        boolean directory,
        long version,

        @JsonbNillable @Schema(nullable = true, description = "一次性密码，仅此一次显示，请交给本人；目录账号为 null")
        String initialPassword) {

    static OpenedAccount of(cn.edu.ttms.application.account.OpenedAccount opened) {
        AccountView v = opened.account();
        return new OpenedAccount(
                v.id(),
                v.username(),
                v.displayName(),
                new Account.Unit(v.organisationId(), v.organisationName()),
                v.roles(),
                v.enabled(),
                v.locked(),
                v.teacherId(),
                v.passwordChangeRequired(),
                v.directory(),
                v.version(),
                opened.initialPassword());
    }
}
