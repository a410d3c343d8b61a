-- Training statistics at province scale (issue 19, items 2 and 5): kept sums instead of reading a year's millions of
-- enrolments and results for every report. A "slice" is one project year and one unit: the kept rows of a slice are
-- replaced as a whole by a recount of that unit's enrolments and results in that year's projects, so a recount never
-- adds to a figure it did not read. Writes stay cheap: a change of an enrolment, a result, a batch, a project or a
-- teacher's school only adds a mark (training_tally_mark, one row, no lock on anything shared); the marks are recounted
-- before a report is read and every minute, and a nightly reconciliation compares every slice with a full recount.

-- What the trainees of one unit (the enrolment's or result's unit_path, as recorded) got in one year, per project
-- owner, level, category and host: the same figures as the live GROUP BYs they replace (decisions.md).
CREATE TABLE training_tally (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_year INT           NOT NULL,
    unit_path    VARCHAR(255)  NOT NULL,
    owner_path   VARCHAR(255)  NOT NULL,
    level        VARCHAR(20)   NOT NULL,
    category     VARCHAR(100)  NOT NULL,
    -- the host institution, or 0 and the free-text hosts of a project without one
    host_id      BIGINT        NOT NULL,
    hosts        VARCHAR(500)  NOT NULL,
    enrolled     BIGINT        NOT NULL,
    completed    BIGINT        NOT NULL,
    recognised   BIGINT        NOT NULL,
    hours        DECIMAL(16,1) NOT NULL,
    credits      DECIMAL(16,2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "its teachers": a year, then the unit's path as a prefix range; "its plans": the same by the project's owner
CREATE INDEX ix_training_tally_unit ON training_tally (project_year, unit_path);
CREATE INDEX ix_training_tally_owner ON training_tally (project_year, owner_path);

-- The teachers of one school (their school now) with a recognised, passed result of a project of the year, per level
-- ('' = at any level). A teacher has one school, so the schools' counts add up exactly to any unit above them.
CREATE TABLE training_trained (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_year INT           NOT NULL,
    school_path  VARCHAR(255)  NOT NULL,
    level        VARCHAR(20)   NOT NULL,
    teachers     BIGINT        NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_training_trained_scope ON training_trained (project_year, school_path, level, teachers);

-- What to recount. project_id: every slice the project's rows fall in (and project_year, a year it had before);
-- unit_path: that slice too (a row deleted from the project); teacher_id: that teacher's school, in the mark's year
-- or, with unit_path as the school left, in every year. All NULL: recount everything (this migration's row).
CREATE TABLE training_tally_mark (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id   BIGINT        NULL,
    project_year INT           NULL,
    unit_path    VARCHAR(255)  NULL,
    teacher_id   BIGINT        NULL,
    marked_at    TIMESTAMP(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- one recount at a time on a cluster: a recount holds this row
CREATE TABLE training_tally_lock (
    id INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO training_tally_lock (id) VALUES (1);

-- an existing database: the first recount builds every slice from the rows already there
INSERT INTO training_tally_mark (marked_at) VALUES (CURRENT_TIMESTAMP(3));
