-- Enrolment (workflow.md §2): a teacher in a project, nominated or applied; and the seats of a
-- project (unit 0: its capacity; otherwise a unit's quota) that enrolments take with one conditional
-- UPDATE each, so that a rush can never oversell a place.
CREATE TABLE enrolment (
    id            BIGINT       NOT NULL PRIMARY KEY,
    project_id    BIGINT       NOT NULL,
    teacher_id    BIGINT       NOT NULL,
    unit_path     VARCHAR(255) NOT NULL,
    quota_unit_id BIGINT       NULL,
    level         VARCHAR(20)  NOT NULL,
    starts_on     DATE         NULL,
    ends_on       DATE         NULL,
    channel       VARCHAR(20)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    reason        VARCHAR(500) NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_enrolment_teacher UNIQUE (project_id, teacher_id),
    CONSTRAINT fk_enrolment_project FOREIGN KEY (project_id) REFERENCES training_project (id),
    CONSTRAINT fk_enrolment_teacher FOREIGN KEY (teacher_id) REFERENCES teacher (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_enrolment_teacher ON enrolment (teacher_id, status, level);
CREATE INDEX ix_enrolment_roster ON enrolment (project_id, status, unit_path);

CREATE TABLE enrolment_seat (
    project_id BIGINT NOT NULL,
    unit_id    BIGINT NOT NULL,
    places     INT    NOT NULL,
    taken      INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, unit_id),
    CONSTRAINT fk_seat_project FOREIGN KEY (project_id) REFERENCES training_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
