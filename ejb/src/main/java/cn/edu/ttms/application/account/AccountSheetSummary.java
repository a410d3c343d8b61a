package cn.edu.ttms.application.account;

import cn.edu.ttms.domain.model.account.AccountSheet;
import java.time.Instant;

/** An account sheet as lists show it. */
public record AccountSheetSummary(
        long id,
        long schoolId,
        String schoolName,
        int accounts,
        Instant createdAt,
        String createdBy,
        boolean fetched,
        Instant fetchedAt,
        String fetchedBy)
        implements java.io.Serializable {

    static AccountSheetSummary of(AccountSheet s) {
        return new AccountSheetSummary(
                s.id(),
                s.schoolId(),
                s.schoolName(),
                s.accountCount(),
                s.createdAt(),
                s.createdBy(),
                s.fetched(),
                s.fetchedAt(),
                s.fetchedBy());
    }
}
