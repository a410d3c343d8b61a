package cn.edu.ttms.domain.model.account;

import cn.edu.ttms.domain.model.shared.Invalid;
import java.time.Instant;

/**
 * An account sheet asked for a second time: its one-time passwords were in the first file only
 * (410 Gone on the API). The answer names who fetched it and when, and how to get new passwords.
 */
public class AccountSheetFetched extends Invalid {

    private static final long serialVersionUID = 1L;

    /** China time to the minute, as the pages show moments. */
    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.of("Asia/Shanghai"));

    private final String fetchedBy;
    private final transient Instant fetchedAt;

    public AccountSheetFetched(long sheetId, String fetchedBy, Instant fetchedAt) {
        super(
                "error.accountSheet.fetched",
                "account sheet " + sheetId + " was fetched by " + fetchedBy + " at " + fetchedAt,
                fetchedBy,
                fetchedAt == null ? "" : SHOWN.format(fetchedAt));
        this.fetchedBy = fetchedBy;
        this.fetchedAt = fetchedAt;
    }

    public String fetchedBy() {
        return fetchedBy;
    }

    public Instant fetchedAt() {
        return fetchedAt;
    }
}
