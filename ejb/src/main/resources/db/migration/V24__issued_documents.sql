-- Signed documents issued to teachers (issue 18): transcripts and completion certificates, each with a
-- verification code that anyone may look up. The signed PDF is kept so that a second download is the
-- same document with the same code; what the verification page shows is kept beside it, masked, so
-- that a lookup never needs the teacher's record.

CREATE TABLE issued_document (
    id                BIGINT         NOT NULL PRIMARY KEY,
    code              VARCHAR(32)    NOT NULL,
    kind              VARCHAR(16)    NOT NULL,
    teacher_id        BIGINT         NOT NULL,
    unit_path         VARCHAR(255)   NOT NULL,
    cycle_start       INT            NULL,
    project_id        BIGINT         NULL,
    fingerprint       VARCHAR(64)    NOT NULL,
    issuer            VARCHAR(200)   NOT NULL,
    holder_name       VARCHAR(100)   NOT NULL,
    holder_identity   VARCHAR(32)    NOT NULL,
    hours             DECIMAL(9, 2)  NOT NULL,
    credits           DECIMAL(9, 2)  NOT NULL,
    issued_at         TIMESTAMP(3)   NOT NULL,
    issued_by         VARCHAR(100)   NOT NULL,
    seal_id           BIGINT         NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    revoked_at        TIMESTAMP(3)   NULL,
    revocation_reason VARCHAR(32)    NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_issued_document_code UNIQUE (code),
    CONSTRAINT fk_issued_document_teacher FOREIGN KEY (teacher_id) REFERENCES teacher (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_issued_document_teacher ON issued_document (teacher_id, kind, status);
CREATE INDEX ix_issued_document_project ON issued_document (project_id, status);

-- The signed PDF, apart: a lookup by code reads the small row above, never the PDF.
CREATE TABLE issued_document_pdf (
    document_id  BIGINT    NOT NULL PRIMARY KEY,
    pdf          LONGBLOB  NOT NULL,
    CONSTRAINT fk_issued_document_pdf_document FOREIGN KEY (document_id) REFERENCES issued_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The results a document states: a result that is voided, or whose batch is returned, revokes them.
CREATE TABLE issued_document_result (
    document_id  BIGINT  NOT NULL,
    result_id    BIGINT  NOT NULL,
    PRIMARY KEY (document_id, result_id),
    CONSTRAINT fk_issued_document_result_document FOREIGN KEY (document_id) REFERENCES issued_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_issued_document_result_result ON issued_document_result (result_id);

-- A unit's document-signing certificate (its electronic seal): issued by the deployment's authority to
-- the unit, not to a person; its key is encrypted under the authority's passphrase. active_unit holds the
-- unit's id while the seal is in use and NULL once revoked, so that a unit has one seal at a time.
CREATE TABLE unit_seal (
    id              BIGINT        NOT NULL PRIMARY KEY,
    organisation_id BIGINT        NOT NULL,
    active_unit     BIGINT        NULL,
    authority_id    BIGINT        NOT NULL,
    serial          VARCHAR(64)   NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    certificate     BLOB          NOT NULL,
    encrypted_key   BLOB          NOT NULL,
    not_after       TIMESTAMP(3)  NOT NULL,
    revoked_at      TIMESTAMP(3)  NULL,
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_unit_seal_active UNIQUE (active_unit),
    CONSTRAINT fk_unit_seal_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_unit_seal_authority FOREIGN KEY (authority_id) REFERENCES signing_authority (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- When a signer's certificate was revoked: the revocation list publishes the date.
ALTER TABLE signer_certificate ADD COLUMN revoked_at TIMESTAMP(3) NULL;
UPDATE signer_certificate SET revoked_at = created_at WHERE revoked = TRUE;
