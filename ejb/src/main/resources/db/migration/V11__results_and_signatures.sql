-- Results and their electronic sign-off (issue "Results, the electronic sign-off chain…";
-- workflow.md §3–5, rules.md §3 and §5).
--
-- A result batch is one class's results: one per project. Its revision grows each time a reviewer
-- returns it; the snapshot that was signed and its signatures are kept per revision, so a returned
-- revision stays in the history. training_result holds the current rows; what was signed is in
-- result_snapshot (canonical JSON, RFC 8785) and result_signature (detached CMS, DER).
-- owner_path / unit_path are the scopes every query filters by (and the audit trail's scopes).

CREATE TABLE result_batch (
    id                BIGINT        NOT NULL PRIMARY KEY,
    project_id        BIGINT        NOT NULL,
    owner_path        VARCHAR(255)  NOT NULL,
    school_based      BOOLEAN       NOT NULL DEFAULT FALSE,
    revision          INT           NOT NULL DEFAULT 1,
    status            VARCHAR(20)   NOT NULL,
    return_reason     VARCHAR(500)  NULL,
    integrity         VARCHAR(20)   NOT NULL DEFAULT 'UNSIGNED',
    verified_at       TIMESTAMP(3)  NULL,
    created_by        VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_result_batch_project UNIQUE (project_id),
    CONSTRAINT fk_result_batch_project FOREIGN KEY (project_id) REFERENCES training_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_result_batch_owner ON result_batch (owner_path, status);
CREATE INDEX ix_result_batch_integrity ON result_batch (status, integrity);

CREATE TABLE training_result (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    batch_id            BIGINT        NOT NULL,
    project_id          BIGINT        NOT NULL,
    teacher_id          BIGINT        NOT NULL,
    enrolment_id        BIGINT        NULL,
    unit_path           VARCHAR(255)  NOT NULL,
    result_year         INT           NOT NULL,
    hours               DECIMAL(6,1)  NOT NULL,
    counted_hours       DECIMAL(6,1)  NOT NULL,
    score               DECIMAL(4,1)  NULL,
    grade               VARCHAR(20)   NULL,
    base_credits        DECIMAL(16,6) NOT NULL DEFAULT 0,
    performance_credits DECIMAL(16,6) NOT NULL DEFAULT 0,
    credits             DECIMAL(10,2) NOT NULL DEFAULT 0,
    policy_id           BIGINT        NULL,
    policy_version      INT           NULL,
    voided              BOOLEAN       NOT NULL DEFAULT FALSE,
    void_reason         VARCHAR(500)  NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    updated_at          TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_training_result UNIQUE (batch_id, teacher_id),
    CONSTRAINT fk_training_result_batch FOREIGN KEY (batch_id) REFERENCES result_batch (id),
    CONSTRAINT fk_training_result_teacher FOREIGN KEY (teacher_id) REFERENCES teacher (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_training_result_teacher ON training_result (teacher_id, result_year);
CREATE INDEX ix_training_result_unit ON training_result (unit_path);

CREATE TABLE result_stage_hours (
    result_id  BIGINT        NOT NULL,
    stage_no   INT           NOT NULL,
    hours      DECIMAL(6,1)  NOT NULL,
    PRIMARY KEY (result_id, stage_no),
    CONSTRAINT fk_result_stage_hours FOREIGN KEY (result_id) REFERENCES training_result (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE result_module (
    result_id  BIGINT        NOT NULL,
    position   INT           NOT NULL,
    module     VARCHAR(30)   NOT NULL,
    hours      DECIMAL(6,1)  NOT NULL,
    credits    DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (result_id, position),
    CONSTRAINT fk_result_module FOREIGN KEY (result_id) REFERENCES training_result (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The exact bytes that were signed for one revision of a batch.
CREATE TABLE result_snapshot (
    id          BIGINT        NOT NULL PRIMARY KEY,
    batch_id    BIGINT        NOT NULL,
    revision    INT           NOT NULL,
    content     LONGBLOB      NOT NULL,
    sha256      VARCHAR(64)   NOT NULL,
    rows_count  INT           NOT NULL,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_result_snapshot UNIQUE (batch_id, revision),
    CONSTRAINT fk_result_snapshot_batch FOREIGN KEY (batch_id) REFERENCES result_batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The deployment's certificate authority (created on first start or imported from a PKCS#12); its
-- key is encrypted under app.signing.ca-passphrase (or a generated secret kept in system_setting).
CREATE TABLE signing_authority (
    id              BIGINT        NOT NULL PRIMARY KEY,
    subject         VARCHAR(500)  NOT NULL,
    certificate     BLOB          NOT NULL,
    encrypted_key   BLOB          NOT NULL,
    imported        BOOLEAN       NOT NULL DEFAULT FALSE,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A signer's X.509 certificate; the private key is encrypted under the signer's signing PIN, which
-- is not the sign-in password and is never stored.
CREATE TABLE signer_certificate (
    id              BIGINT        NOT NULL PRIMARY KEY,
    account_id      BIGINT        NOT NULL,
    authority_id    BIGINT        NOT NULL,
    serial          VARCHAR(64)   NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    certificate     BLOB          NOT NULL,
    encrypted_key   BLOB          NOT NULL,
    not_after       TIMESTAMP(3)  NOT NULL,
    revoked         BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_signer_certificate_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT fk_signer_certificate_authority FOREIGN KEY (authority_id) REFERENCES signing_authority (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_signer_certificate_account ON signer_certificate (account_id, revoked);

CREATE TABLE result_signature (
    id              BIGINT        NOT NULL PRIMARY KEY,
    batch_id        BIGINT        NOT NULL,
    revision        INT           NOT NULL,
    meaning         VARCHAR(20)   NOT NULL,
    signer          VARCHAR(64)   NOT NULL,
    signer_name     VARCHAR(100)  NOT NULL,
    signer_role     VARCHAR(30)   NOT NULL,
    certificate_id  BIGINT        NOT NULL,
    signed_at       TIMESTAMP(3)  NOT NULL,
    cms             BLOB          NOT NULL,
    CONSTRAINT fk_result_signature_batch FOREIGN KEY (batch_id) REFERENCES result_batch (id),
    CONSTRAINT fk_result_signature_certificate FOREIGN KEY (certificate_id) REFERENCES signer_certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_result_signature_batch ON result_signature (batch_id, revision);

-- Integrity record (诚信档案, rules.md §5, art. 21): a tampered or forged result of a teacher.
CREATE TABLE integrity_record (
    id           BIGINT        NOT NULL PRIMARY KEY,
    teacher_id   BIGINT        NOT NULL,
    unit_path    VARCHAR(255)  NOT NULL,
    result_id    BIGINT        NULL,
    batch_id     BIGINT        NULL,
    project_id   BIGINT        NULL,
    kind         VARCHAR(20)   NOT NULL,
    detail       VARCHAR(1000) NOT NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    recorded_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_integrity_record_teacher FOREIGN KEY (teacher_id) REFERENCES teacher (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_integrity_record_teacher ON integrity_record (teacher_id);
CREATE INDEX ix_integrity_record_unit ON integrity_record (unit_path);
