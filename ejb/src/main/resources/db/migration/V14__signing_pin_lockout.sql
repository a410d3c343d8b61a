-- Wrong signing PINs lock signing for the signer with a growing delay (issue 14, finding 3). One row
-- per signer who ever mistyped a PIN; held in the database so that every node of a cluster sees it.

CREATE TABLE signing_pin_lock (
    account_id      BIGINT        NOT NULL PRIMARY KEY,
    failures        INT           NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP(3)  NULL,
    last_failure_at TIMESTAMP(3)  NULL,
    CONSTRAINT fk_signing_pin_lock_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
