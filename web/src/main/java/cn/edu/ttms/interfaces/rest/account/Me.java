package cn.edu.ttms.interfaces.rest.account;

import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who the caller is (api.md {@code GET /me}); beyond api.md's fields, for a teacher's own client,
 * {@code teacherId}: where their record is (always present, {@code null} for staff).
 */
@Schema(name = "Me")
@JsonbPropertyOrder({"username", "displayName", "roles", "organisation", "teacherId", "passwordChangeRequired"})
public record Me(
        String username,
        String displayName,
        List<Role> roles,
        Unit organisation,

        @JsonbNillable @Schema(nullable = true, description = "教师本人的档案 id；工作人员为 null")
        Long teacherId,

        @Schema(description = "仍在使用管理员发放的一次性密码：须先 POST /api/v1/me/password 设置自己的密码，" + "此前其他 /api 请求均答 403")
        boolean passwordChangeRequired) {

    /** The caller's organisation, with its kind as {@code level}. */
    @Schema(name = "MeOrganisation")
    @JsonbPropertyOrder({"id", "name", "level"})
    public record Unit(long id, String name, OrganisationKind level) {}

    static Me of(UserAccount account) {
        Organisation o = account.organisation();
        return new Me(
                account.username(),
                account.displayName(),
                account.roles().stream().sorted().toList(),
                new Unit(o.id(), o.name(), o.kind()),
                account.teacherId(),
                account.passwordChangeRequired());
    }
}
