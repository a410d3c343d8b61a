-- Enrolment rounds (issue "Enrolment…", rounds): a round is first-come or a lottery among everyone
-- who entered within its window; the seed and the draw are kept so that anyone can replay it.
-- Enrolments gain their round and their place on the waiting list.
CREATE TABLE enrolment_round (
    id         BIGINT      NOT NULL PRIMARY KEY,
    project_id BIGINT      NOT NULL,
    round_no   INT         NOT NULL,
    mode       VARCHAR(20) NOT NULL,
    opens_at   TIMESTAMP   NOT NULL,
    closes_at  TIMESTAMP   NOT NULL,
    seed       BIGINT      NULL,
    drawn_at   TIMESTAMP   NULL,
    drawn_by   VARCHAR(64) NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_round_no UNIQUE (project_id, round_no),
    CONSTRAINT fk_round_project FOREIGN KEY (project_id) REFERENCES training_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE enrolment ADD COLUMN round_id BIGINT NULL;
ALTER TABLE enrolment ADD COLUMN wait_position INT NULL;
CREATE INDEX ix_enrolment_round ON enrolment (round_id, status);
