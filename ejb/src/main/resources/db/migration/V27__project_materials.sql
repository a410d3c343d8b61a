-- A project's materials (issue 17, workflow.md §6): after the class the host uploads its notice, plan,
-- photos, summary and satisfaction results within a month of the last day, for reimbursement and
-- archiving. The list is the small row; the bytes are apart, so that listing never reads them.

CREATE TABLE project_material (
    id            BIGINT        NOT NULL PRIMARY KEY,
    project_id    BIGINT        NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    uploaded_by   VARCHAR(100)  NOT NULL,
    uploaded_at   TIMESTAMP(3)  NOT NULL,
    owner_path    VARCHAR(255)  NOT NULL,
    CONSTRAINT fk_project_material_project FOREIGN KEY (project_id) REFERENCES training_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_project_material_project ON project_material (project_id, kind);

CREATE TABLE project_material_content (
    material_id  BIGINT    NOT NULL PRIMARY KEY,
    content      LONGBLOB  NOT NULL,
    CONSTRAINT fk_project_material_content_material FOREIGN KEY (material_id) REFERENCES project_material (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
