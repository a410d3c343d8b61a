-- Reissuing a lost account sheet (docs/decisions.md "Teacher accounts in bulk"): the sheet whose fetch
-- gave an account its current one-time password, kept after the fetch (pending_sheet_id is cleared
-- then), so that a reissue finds the sheet's accounts that still have not set a password of their own.
-- Sheets fetched before this migration have no such link: their accounts are reset one by one.
ALTER TABLE user_account ADD COLUMN issued_sheet_id BIGINT NULL;
CREATE INDEX ix_user_account_issued_sheet ON user_account (issued_sheet_id);
