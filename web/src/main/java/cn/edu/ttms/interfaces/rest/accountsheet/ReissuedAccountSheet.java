package cn.edu.ttms.interfaces.rest.accountsheet;

import cn.edu.ttms.application.account.AccountSheetReissue;
import cn.edu.ttms.application.account.AccountSheetSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The new sheet of {@code POST /api/v1/account-sheets/{id}/reissue}: the fields of an
 * {@link AccountSheetView} (the lists' items), the sheet it replaces, and how many accounts of that
 * sheet were left alone because their person had set a password already (or moved school).
 */
@Schema(name = "ReissuedAccountSheet")
@JsonbPropertyOrder({
    "id",
    "school",
    "accounts",
    "createdAt",
    "createdBy",
    "fetched",
    "fetchedAt",
    "fetchedBy",
    "reissuedFrom",
    "skipped"
})
public record ReissuedAccountSheet(
        long id,
        AccountSheetView.School school,
        @Schema(description = "新账号表中的账号数（一次性密码已收回、下载时重新生成）") int accounts,
        Instant createdAt,
        String createdBy,
        boolean fetched,
        @JsonbNillable @Schema(nullable = true) Instant fetchedAt,
        @JsonbNillable @Schema(nullable = true) String fetchedBy,
        @Schema(description = "被补发（已遗失）的账号表") long reissuedFrom,
        @Schema(description = "原账号表中已设置自己密码（或已调走）而未补发的账号数") long skipped) {

    static ReissuedAccountSheet of(AccountSheetReissue r) {
        AccountSheetSummary s = r.sheet();
        return new ReissuedAccountSheet(
                s.id(),
                new AccountSheetView.School(s.schoolId(), s.schoolName()),
                s.accounts(),
                s.createdAt(),
                s.createdBy(),
                s.fetched(),
                s.fetchedAt(),
                s.fetchedBy(),
                r.reissuedFrom(),
                r.skipped());
    }
}
