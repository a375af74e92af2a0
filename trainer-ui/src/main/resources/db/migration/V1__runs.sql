-- Runs started from the web app: one row per run, its output folder holds events.jsonl.
-- Same SQL on H2 (embedded, default) and PostgreSQL.
CREATE TABLE run (
    id           VARCHAR(36)   PRIMARY KEY,
    scenario_id  VARCHAR(64)   NOT NULL,
    seed         BIGINT        NOT NULL,
    until_s      BIGINT        NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    sim_seconds  BIGINT        NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    folder       VARCHAR(1024) NOT NULL
);

CREATE INDEX run_started_at ON run (started_at);
