package cn.edu.ttms.domain.model.account;

import java.time.Instant;
import java.util.Objects;

/**
 * The sheet that carries the one-time passwords of a school's newly opened teacher accounts to the
 * school, which prints it and hands each teacher their line. It is made when the accounts are
 * opened, but holds no password then: the passwords are generated, hashed and written into the file
 * at its one fetch, so that no clear one-time password is ever stored. A second fetch is refused
 * (the passwords exist only in the first file); who lost a sheet has it reissued: a new sheet for
 * its accounts that still have not set a password of their own, whose old one-time passwords are
 * withdrawn at once.
 */
public final class AccountSheet {

    private final long id;
    private final long schoolId;
    private final String schoolName;
    private final String schoolPath;
    private final int accountCount;
    private final Instant createdAt;
    private final String createdBy;
    private Instant fetchedAt;
    private String fetchedBy;

    public AccountSheet(
            long id,
            long schoolId,
            String schoolName,
            String schoolPath,
            int accountCount,
            Instant createdAt,
            String createdBy,
            Instant fetchedAt,
            String fetchedBy) {
        if (accountCount < 0) {
            throw new IllegalArgumentException("account count");
        }
        this.id = id;
        this.schoolId = schoolId;
        this.schoolName = schoolName;
        this.schoolPath = Objects.requireNonNull(schoolPath, "schoolPath");
        this.accountCount = accountCount;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.fetchedAt = fetchedAt;
        this.fetchedBy = fetchedBy;
    }

    /** A new sheet for {@code accountCount} accounts of one school, not fetched yet. */
    public static AccountSheet opened(
            long id, long schoolId, String schoolName, String schoolPath, int accountCount, Instant at, String by) {
        return new AccountSheet(id, schoolId, schoolName, schoolPath, accountCount, at, by, null, null);
    }

    /** The one fetch: refused if the sheet was fetched before, naming who did and when. */
    public void fetch(String by, Instant at) {
        if (fetched()) {
            throw new AccountSheetFetched(id, fetchedBy, fetchedAt);
        }
        this.fetchedBy = Objects.requireNonNull(by, "by");
        this.fetchedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * A new sheet, not fetched yet, for the accounts of this lost one that still have no password of
     * their own ({@code accountCount} of them). Refused while this one was never fetched: its
     * passwords do not exist yet, and downloading it is all that is needed.
     */
    public AccountSheet reissue(long newId, int accountCount, Instant at, String by) {
        if (!fetched()) {
            throw AccountSheetReissueRefused.notFetched(id);
        }
        if (accountCount == 0) {
            throw AccountSheetReissueRefused.nothingLeft(id);
        }
        return opened(newId, schoolId, schoolName, schoolPath, accountCount, at, by);
    }

    public boolean fetched() {
        return fetchedAt != null;
    }

    public long id() {
        return id;
    }

    public long schoolId() {
        return schoolId;
    }

    public String schoolName() {
        return schoolName;
    }

    public String schoolPath() {
        return schoolPath;
    }

    public int accountCount() {
        return accountCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant fetchedAt() {
        return fetchedAt;
    }

    public String fetchedBy() {
        return fetchedBy;
    }
}
