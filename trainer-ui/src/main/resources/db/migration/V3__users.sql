-- User accounts of the web app (docs/accounts.md). Same SQL on H2 (embedded, default) and PostgreSQL.
CREATE TABLE app_user (
    id            VARCHAR(36)  PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL CHECK (role IN ('admin', 'designer', 'controller', 'trainee', 'reviewer')),
    position      VARCHAR(64),
    disabled      BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
