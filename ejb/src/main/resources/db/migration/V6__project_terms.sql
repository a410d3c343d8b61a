-- The rest of a project's terms (workflow.md §1): selection, credit rate, budget, host institution,
-- lead and advisers, audience filters, stage dates/place/actual hours, module shares, quotas and the
-- curriculum. One dialect for H2 (MySQL mode) and MySQL/MariaDB.
ALTER TABLE training_project ADD COLUMN selection VARCHAR(20) NOT NULL DEFAULT 'DIRECTIVE';
ALTER TABLE training_project ADD COLUMN credit_rate DECIMAL(6,2) NULL;
ALTER TABLE training_project ADD COLUMN budget DECIMAL(12,2) NULL;
ALTER TABLE training_project ADD COLUMN host_id BIGINT NULL;
ALTER TABLE training_project ADD COLUMN lead_id BIGINT NULL;
ALTER TABLE training_project ADD COLUMN advisers VARCHAR(300) NULL;
ALTER TABLE training_project ADD COLUMN audience_subjects VARCHAR(300) NULL;
ALTER TABLE training_project ADD CONSTRAINT fk_project_host FOREIGN KEY (host_id) REFERENCES organisation (id);
ALTER TABLE training_project ADD CONSTRAINT fk_project_lead FOREIGN KEY (lead_id) REFERENCES user_account (id);
CREATE INDEX ix_project_host ON training_project (host_id, status);

ALTER TABLE project_stage ADD COLUMN hours DECIMAL(6,1) NULL;
ALTER TABLE project_stage ADD COLUMN start_date DATE NULL;
ALTER TABLE project_stage ADD COLUMN end_date DATE NULL;
ALTER TABLE project_stage ADD COLUMN place VARCHAR(200) NULL;

CREATE TABLE project_audience_stage (
    project_id   BIGINT      NOT NULL,
    school_stage VARCHAR(30) NOT NULL,
    PRIMARY KEY (project_id, school_stage),
    CONSTRAINT fk_audience_project FOREIGN KEY (project_id) REFERENCES training_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE project_module (
    project_id BIGINT       NOT NULL,
    module     VARCHAR(30)  NOT NULL,
    hours      DECIMAL(6,1) NOT NULL,
    PRIMARY KEY (project_id, module),
    CONSTRAINT fk_module_project FOREIGN KEY (project_id) REFERENCES training_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE project_quota (
    project_id BIGINT NOT NULL,
    unit_id    BIGINT NOT NULL,
    places     INT    NOT NULL,
    PRIMARY KEY (project_id, unit_id),
    CONSTRAINT fk_quota_project FOREIGN KEY (project_id) REFERENCES training_project (id),
    CONSTRAINT fk_quota_unit FOREIGN KEY (unit_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE project_course (
    project_id BIGINT       NOT NULL,
    course_no  INT          NOT NULL,
    title      VARCHAR(200) NOT NULL,
    kind       VARCHAR(10)  NOT NULL,
    hours      DECIMAL(6,1) NOT NULL,
    practical  BOOLEAN      NOT NULL,
    PRIMARY KEY (project_id, course_no),
    CONSTRAINT fk_course_project FOREIGN KEY (project_id) REFERENCES training_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
