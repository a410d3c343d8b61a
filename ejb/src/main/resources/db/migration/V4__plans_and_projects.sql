-- Annual plans and training projects (workflow.md §1). A plan belongs to the bureau that owns it;
-- its projects start as DRAFT and go through the life cycle from there.
CREATE TABLE annual_plan (
    id         BIGINT       NOT NULL PRIMARY KEY,
    plan_year  INT          NOT NULL,
    owner_id   BIGINT       NOT NULL,
    owner_path VARCHAR(255) NOT NULL,
    level      VARCHAR(20)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    source     VARCHAR(255) NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_plan_owner FOREIGN KEY (owner_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_plan_owner_year ON annual_plan (owner_path, plan_year);

CREATE TABLE training_project (
    id             BIGINT        NOT NULL PRIMARY KEY,
    plan_id        BIGINT        NOT NULL,
    owner_path     VARCHAR(255)  NOT NULL,
    sequence_no    INT           NULL,
    code           VARCHAR(40)   NULL,
    name           VARCHAR(300)  NOT NULL,
    project_year   INT           NOT NULL,
    level          VARCHAR(20)   NOT NULL,
    category       VARCHAR(100)  NULL,
    proposing_unit VARCHAR(200)  NULL,
    audience       VARCHAR(500)  NULL,
    hosts          VARCHAR(500)  NULL,
    capacity       INT           NOT NULL,
    status         VARCHAR(30)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_project_plan FOREIGN KEY (plan_id) REFERENCES annual_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_project_scope ON training_project (owner_path, project_year, level, status);
CREATE INDEX ix_project_plan ON training_project (plan_id, sequence_no);

CREATE TABLE project_stage (
    project_id  BIGINT        NOT NULL,
    stage_no    INT           NOT NULL,
    form        VARCHAR(30)   NOT NULL,
    form_text   VARCHAR(100)  NULL,
    days_offsite DECIMAL(5,1) NULL,
    days_local   DECIMAL(5,1) NULL,
    days_total   DECIMAL(5,1) NULL,
    trainees    INT           NOT NULL,
    PRIMARY KEY (project_id, stage_no),
    CONSTRAINT fk_stage_project FOREIGN KEY (project_id) REFERENCES training_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
