-- One dialect for H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11. Tables are utf8mb4 throughout.

CREATE TABLE id_sequence (
    seq_name  VARCHAR(50) NOT NULL PRIMARY KEY,
    seq_count BIGINT      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('ttms', 0);

CREATE TABLE system_setting (
    name          VARCHAR(80)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(500) NULL,
    updated_at    TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organisation (
    id        BIGINT       NOT NULL PRIMARY KEY,
    parent_id BIGINT       NULL,
    kind      VARCHAR(20)  NOT NULL,
    code      VARCHAR(40)  NULL,
    name      VARCHAR(120) NOT NULL,
    path      VARCHAR(255) NOT NULL,
    depth     INT          NOT NULL,
    closed_at TIMESTAMP(3) NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_organisation_path ON organisation (path);
CREATE INDEX ix_organisation_name ON organisation (name);

CREATE TABLE user_account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(40)  NOT NULL,
    display_name    VARCHAR(80)  NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    organisation_id BIGINT       NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
