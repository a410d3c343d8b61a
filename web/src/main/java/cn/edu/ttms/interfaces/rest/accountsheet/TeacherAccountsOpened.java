package cn.edu.ttms.interfaces.rest.accountsheet;

import cn.edu.ttms.application.account.TeacherAccountOpening;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What {@code POST /api/v1/organisations/{id}/teacher-accounts} did (api.md: {@code created},
 * {@code existing}); the one-time passwords wait in {@code sheets} account sheets, one per school.
 */
@Schema(name = "TeacherAccountsOpened")
@JsonbPropertyOrder({"created", "existing", "sheets", "renamed", "waiting"})
public record TeacherAccountsOpened(
        @Schema(description = "新开通的教师账号数") int created,
        @Schema(description = "已有账号的教师数") long existing,

        @Schema(description = "新生成的账号表数（每所学校一张，一次性密码在下载时生成）")
        int sheets,

        @Schema(description = "因用户名已被占用而加了 -2、-3… 的账号数") int renamed,

        @Schema(description = "已有但尚无密码的账号（调动学校的教师）加入新账号表的数目")
        int waiting) {

    static TeacherAccountsOpened of(TeacherAccountOpening o) {
        return new TeacherAccountsOpened(o.created(), o.existing(), o.sheets(), o.renamed(), o.waiting());
    }
}
