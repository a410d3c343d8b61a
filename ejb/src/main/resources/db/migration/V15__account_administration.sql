-- Accounts that bureaus administer themselves (issue 15): one-time passwords for new and reset
-- accounts, the first-sign-in password change, directory (LDAP) accounts, and who opened an account.

-- Set while the account still has an administrator-issued one-time password: pages lead to the
-- change form and the API refuses everything else until the person has set their own password.
ALTER TABLE user_account ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
-- A salted SHA-256 of a random 16-character one-time password (about 79 bits); see
-- docs/decisions.md "Accounts": why not PBKDF2 for these, and when they expire.
ALTER TABLE user_account ADD COLUMN one_time_password_hash VARCHAR(120) NULL;
ALTER TABLE user_account ADD COLUMN one_time_password_expires TIMESTAMP(3) NULL;
-- Signs in against the configured directory; holds no password here.
ALTER TABLE user_account ADD COLUMN directory_user BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE user_account ADD COLUMN created_at TIMESTAMP(3) NULL;
ALTER TABLE user_account ADD COLUMN created_by VARCHAR(40) NULL;

-- Account lists are read by unit subtree; teacher accounts are looked up by teacher.
CREATE INDEX ix_user_account_organisation ON user_account (organisation_id, username);
CREATE INDEX ix_user_account_teacher ON user_account (teacher_id);
CREATE INDEX ix_user_account_display_name ON user_account (display_name);
