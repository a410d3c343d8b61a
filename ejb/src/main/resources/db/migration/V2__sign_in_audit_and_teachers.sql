-- Sign-in protection, the audit trail, and teachers.

ALTER TABLE user_account ADD COLUMN failed_sign_ins INT NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN locked_until TIMESTAMP(3) NULL;
ALTER TABLE user_account ADD COLUMN last_sign_in TIMESTAMP(3) NULL;
ALTER TABLE user_account ADD COLUMN teacher_id BIGINT NULL;

-- Append-only: the application only ever INSERTs and SELECTs here (README: grants that enforce it).
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at          TIMESTAMP(3) NOT NULL,
    actor       VARCHAR(40)  NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    entity_type VARCHAR(60)  NULL,
    entity_id   VARCHAR(40)  NULL,
    scope_path  VARCHAR(255) NULL,
    before_json TEXT         NULL,
    after_json  TEXT         NULL,
    detail      VARCHAR(1000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_scope_at ON audit_entry (scope_path, at);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id, at);
CREATE INDEX ix_audit_actor_at ON audit_entry (actor, at);

CREATE TABLE teacher (
    id              BIGINT       NOT NULL PRIMARY KEY,
    name            VARCHAR(40)  NOT NULL,
    gender          VARCHAR(10)  NOT NULL,
    identity_number CHAR(18)     NOT NULL,
    id_suffix       CHAR(4)      NOT NULL,
    phone           VARCHAR(20)  NULL,
    school_id       BIGINT       NOT NULL,
    school_path     VARCHAR(255) NOT NULL,
    subject         VARCHAR(20)  NOT NULL,
    stage           VARCHAR(20)  NOT NULL,
    title           VARCHAR(20)  NULL,
    service_start   DATE         NULL,
    private_school  BOOLEAN      NOT NULL DEFAULT FALSE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_teacher_identity_number UNIQUE (identity_number),
    CONSTRAINT fk_teacher_school FOREIGN KEY (school_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The registry filters by scope (school_path prefix) and then by name, suffix, school, subject or stage.
CREATE INDEX ix_teacher_scope_name ON teacher (school_path, name);
CREATE INDEX ix_teacher_name ON teacher (name);
CREATE INDEX ix_teacher_suffix ON teacher (id_suffix);
CREATE INDEX ix_teacher_school ON teacher (school_id, name);

CREATE TABLE teacher_designation (
    teacher_id BIGINT      NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    level      VARCHAR(20) NOT NULL,
    since_year INT         NOT NULL,
    PRIMARY KEY (teacher_id, kind, level, since_year),
    CONSTRAINT fk_designation_teacher FOREIGN KEY (teacher_id) REFERENCES teacher (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_designation_kind ON teacher_designation (kind, teacher_id);

-- A move keeps the teacher's whole history; from the move on, the new unit's staff see the teacher.
CREATE TABLE teacher_move (
    id             BIGINT      NOT NULL PRIMARY KEY,
    teacher_id     BIGINT      NOT NULL,
    from_school_id BIGINT      NOT NULL,
    to_school_id   BIGINT      NOT NULL,
    moved_on       DATE        NOT NULL,
    recorded_by    VARCHAR(40) NOT NULL,
    recorded_at    TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_move_teacher FOREIGN KEY (teacher_id) REFERENCES teacher (id),
    CONSTRAINT fk_move_from FOREIGN KEY (from_school_id) REFERENCES organisation (id),
    CONSTRAINT fk_move_to FOREIGN KEY (to_school_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_move_teacher ON teacher_move (teacher_id, moved_on);
