-- Yearly training targets of a bureau (issue 19, item 3; rules.md §6): trainee places per project
-- category, the share of key teachers (city level or above, county level or above) and the compliance
-- rate, each in percent. One row per unit and year, optimistic locking on the version; the places
-- per category in a child table. Plus an index for the training statistics by the trainee's unit.

CREATE TABLE training_target (
    id                          BIGINT        NOT NULL PRIMARY KEY,
    unit_id                     BIGINT        NOT NULL,
    unit_path                   VARCHAR(255)  NOT NULL,
    target_year                 INT           NOT NULL,
    key_teacher_city_percent    DECIMAL(4,1)  NULL,
    key_teacher_county_percent  DECIMAL(4,1)  NULL,
    compliance_percent          DECIMAL(4,1)  NULL,
    updated_by                  VARCHAR(64)   NOT NULL,
    updated_at                  TIMESTAMP(3)  NOT NULL,
    version                     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_training_target UNIQUE (unit_id, target_year),
    CONSTRAINT fk_training_target_unit FOREIGN KEY (unit_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_training_target_scope ON training_target (unit_path, target_year);

CREATE TABLE training_target_category (
    target_id BIGINT       NOT NULL,
    category  VARCHAR(100) NOT NULL,
    places    INT          NOT NULL,
    PRIMARY KEY (target_id, category),
    CONSTRAINT fk_target_category_target FOREIGN KEY (target_id) REFERENCES training_target (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_enrolment_unit ON enrolment (unit_path, status, project_id);
