-- Notifications (issue "Enrolment…", item 7): each account's in-app inbox. A notice keeps a message
-- key and its arguments, not a text, so that it is read in the reader's language. created_at has an
-- explicit default so that MariaDB never gives it ON UPDATE CURRENT_TIMESTAMP (marking read must not move it).
CREATE TABLE notification (
    id          BIGINT        NOT NULL PRIMARY KEY,
    recipient   VARCHAR(64)   NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    message_key VARCHAR(100)  NOT NULL,
    args        VARCHAR(4000) NULL,
    project_id  BIGINT        NULL,
    created_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    read_at     TIMESTAMP(3)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_notification_inbox ON notification (recipient, read_at);
