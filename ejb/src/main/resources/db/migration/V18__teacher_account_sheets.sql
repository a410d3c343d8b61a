-- Teacher accounts in bulk (issue 15): accounts are opened without a usable password and wait in an
-- account sheet of their school; the one-time passwords are generated only when the sheet is
-- fetched (once), so no clear one-time password is ever stored (docs/decisions.md).

CREATE TABLE account_sheet (
    id            BIGINT       NOT NULL PRIMARY KEY,
    school_id     BIGINT       NOT NULL,
    school_path   VARCHAR(255) NOT NULL,
    account_count INT          NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    created_by    VARCHAR(40)  NOT NULL,
    fetched_at    TIMESTAMP(3) NULL,
    fetched_by    VARCHAR(40)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_account_sheet_school FOREIGN KEY (school_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Sheets are listed by unit subtree, newest first.
CREATE INDEX ix_account_sheet_scope ON account_sheet (school_path, created_at);

-- The sheet whose fetch hands this account its one-time password; cleared at that fetch.
ALTER TABLE user_account ADD COLUMN pending_sheet_id BIGINT NULL;
CREATE INDEX ix_user_account_pending_sheet ON user_account (pending_sheet_id);

-- Openings of teacher accounts take this row's lock for their transaction, one after the other: two at
-- once (a county and its city, or a double click) would otherwise both see the same teachers without
-- an account.
INSERT INTO system_setting (name, setting_value, updated_at) VALUES ('teacher-accounts.opening', NULL, CURRENT_TIMESTAMP(3));
