-- Compliance statistics at province scale (issue 19, items 1 and 5): one row per teacher, cycle and period
-- (period 0 = the whole cycle, else the calendar year of the cycle), refreshed in the transaction that changes
-- what the teacher's compliance counts (a batch recognised or returned, a result voided, the teacher created,
-- corrected or moved, a policy version published). The statistics are GROUP BYs over these rows, filtered by
-- the school's path (the caller's scope and the chosen unit), never a recomputation.
-- compliant and each short_* are 0/1 so that SUM() counts them in both dialects; short_* name the requirement
-- rows of rules.md §1 the period's recognised results do not meet (short_self_selected only for the cycle).
CREATE TABLE compliance_standing (
    teacher_id             BIGINT       NOT NULL,
    cycle_start            INT          NOT NULL,
    period                 INT          NOT NULL,
    school_id              BIGINT       NOT NULL,
    school_path            VARCHAR(255) NOT NULL,
    stage                  VARCHAR(20)  NOT NULL,
    subject                VARCHAR(20)  NOT NULL,
    designation            VARCHAR(20)  NOT NULL,
    compliant              SMALLINT     NOT NULL,
    short_total_hours      SMALLINT     NOT NULL,
    short_county_hours     SMALLINT     NOT NULL,
    short_school_hours     SMALLINT     NOT NULL,
    short_total_credits    SMALLINT     NOT NULL,
    short_ethics           SMALLINT     NOT NULL,
    short_knowledge        SMALLINT     NOT NULL,
    short_competence       SMALLINT     NOT NULL,
    short_class_management SMALLINT     NOT NULL,
    short_school_based     SMALLINT     NOT NULL,
    short_self_selected    SMALLINT     NOT NULL,
    policy_id              BIGINT       NOT NULL,
    policy_version         INT          NOT NULL,
    computed_at            TIMESTAMP(3) NOT NULL,
    -- clustered by teacher: a refresh deletes and inserts one teacher's rows, which lie together, so two
    -- refreshes at once (two classes recognised together) lock apart even when their teachers share schools
    PRIMARY KEY (teacher_id, cycle_start, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a unit's figures: equality on cycle and period, then a range scan on the path prefix
CREATE INDEX ix_compliance_standing_scope ON compliance_standing (cycle_start, period, school_path);

-- the nightly reconciliation (once per cluster), and the first full build after this migration
INSERT INTO scheduled_run (job, run_on) VALUES ('compliance-reconciliation', DATE '2000-01-01');
INSERT INTO scheduled_run (job, run_on) VALUES ('compliance-standings-built', DATE '2000-01-01');
