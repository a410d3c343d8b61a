-- Credit policies as versioned data (rules.md): every number of the rules lives in rules_json, one
-- row per version. A result keeps the id of the version it was computed under.
CREATE TABLE credit_policy (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(120)  NOT NULL,
    jurisdiction_id BIGINT       NULL,
    version_no     INT           NOT NULL,
    effective_from DATE          NOT NULL,
    effective_to   DATE          NULL,
    rules_json     TEXT          NOT NULL,
    based_on_id    BIGINT        NULL,
    note           VARCHAR(500)  NULL,
    created_by     VARCHAR(40)   NOT NULL,
    created_at     TIMESTAMP(3)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_policy_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES organisation (id),
    CONSTRAINT fk_policy_based_on FOREIGN KEY (based_on_id) REFERENCES credit_policy (id),
    CONSTRAINT uq_policy_version UNIQUE (name, version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_policy_effective ON credit_policy (effective_from, effective_to);
