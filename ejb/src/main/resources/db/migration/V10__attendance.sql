-- Attendance (issue "Enrolment, rosters and attendance", item 6): a session of a project's stage on a
-- date, worth some hours, opened by the project's lead, the host institution or the owning bureau; and
-- who attended it, by scanning the session's signed QR code (SCAN) or marked by hand with a reason
-- (MANUAL). A trainee attends a session once. The hours a trainee attended per stage are the sum of
-- the hours of the sessions they attended. owner_path and unit_path are the audit trail's scopes.
-- created_at and recorded_at have explicit defaults so that MariaDB never gives them ON UPDATE.
CREATE TABLE attendance_session (
    id           BIGINT        NOT NULL PRIMARY KEY,
    project_id   BIGINT        NOT NULL,
    stage_no     INT           NOT NULL,
    session_date DATE          NOT NULL,
    starts_at    TIME          NULL,
    ends_at      TIME          NULL,
    hours        DECIMAL(4,1)  NOT NULL,
    owner_path   VARCHAR(255)  NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_attendance_session_project FOREIGN KEY (project_id) REFERENCES training_project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_attendance_session_project ON attendance_session (project_id, stage_no, session_date);

CREATE TABLE attendance (
    session_id   BIGINT        NOT NULL,
    teacher_id   BIGINT        NOT NULL,
    enrolment_id BIGINT        NOT NULL,
    unit_path    VARCHAR(255)  NOT NULL,
    recorded_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    how          VARCHAR(10)   NOT NULL,
    reason       VARCHAR(500)  NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    PRIMARY KEY (session_id, teacher_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES attendance_session (id),
    CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_attendance_teacher FOREIGN KEY (teacher_id) REFERENCES teacher (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_attendance_enrolment ON attendance (enrolment_id);
