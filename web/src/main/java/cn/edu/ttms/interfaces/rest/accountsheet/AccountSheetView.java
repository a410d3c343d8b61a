package cn.edu.ttms.interfaces.rest.accountsheet;

import cn.edu.ttms.application.account.AccountSheetSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account sheet: which school, how many accounts, and whether (by whom, when) it was fetched. */
@Schema(name = "AccountSheet")
@JsonbPropertyOrder({"id", "school", "accounts", "createdAt", "createdBy", "fetched", "fetchedAt", "fetchedBy"})
public record AccountSheetView(
        long id,
        School school,
        int accounts,
        Instant createdAt,
        String createdBy,
        boolean fetched,
        @JsonbNillable @Schema(nullable = true) Instant fetchedAt,
        @JsonbNillable @Schema(nullable = true) String fetchedBy) {

    /** The school whose teachers the sheet is for. */
    @Schema(name = "AccountSheetSchool")
    @JsonbPropertyOrder({"id", "name"})
    public record School(long id, String name) {}

    static AccountSheetView of(AccountSheetSummary s) {
        return new AccountSheetView(
                s.id(),
                new School(s.schoolId(), s.schoolName()),
                s.accounts(),
                s.createdAt(),
                s.createdBy(),
                s.fetched(),
                s.fetchedAt(),
                s.fetchedBy());
    }
}
