-- Scheduled work that must run once per cluster, not once per node (issue 20): each node's timer fires,
-- and the one whose UPDATE moves run_on to today runs the job; the others see 0 rows changed and skip.
-- node and claimed_at say who ran it last, for the administrator.
CREATE TABLE scheduled_run (
    job        VARCHAR(60)  NOT NULL PRIMARY KEY,
    run_on     DATE         NOT NULL,
    node       VARCHAR(200) NULL,
    claimed_at TIMESTAMP(6) NULL
);
INSERT INTO scheduled_run (job, run_on) VALUES ('nightly-verification', DATE '2000-01-01');
