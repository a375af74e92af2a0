-- Exercise sessions: a simulation run played live. The inputs (orders, controller actions, observer
-- ratings) are the durable record: a session is rebuilt after a crash by re-simulating from the start
-- with them. Events and checkpoints are derived from seed + inputs and can be rebuilt.
-- Same SQL on H2 2.x (embedded, default) and PostgreSQL 15. Types chosen to mean the same in both:
--   TEXT  -> PostgreSQL text; H2 2.x CHARACTER VARYING (up to 10^9 characters, stored inline, no CLOB)
--   BYTEA -> PostgreSQL bytea; H2 2.x BINARY VARYING (up to 10^9 bytes)
CREATE TABLE exercise_session (
    id           VARCHAR(36)      PRIMARY KEY,
    scenario_id  VARCHAR(64)      NOT NULL,
    seed         BIGINT           NOT NULL,
    until_s      BIGINT           NOT NULL,
    parent_id    VARCHAR(36),
    branch_at    BIGINT,
    status       VARCHAR(16)      NOT NULL
        CHECK (status IN ('CREATED', 'RUNNING', 'PAUSED', 'FINISHED', 'FAILED')),
    sim_seconds  BIGINT           NOT NULL,
    speed        DOUBLE PRECISION NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    name         VARCHAR(200),
    CONSTRAINT exercise_session_parent FOREIGN KEY (parent_id) REFERENCES exercise_session (id)
);

CREATE INDEX exercise_session_created_at ON exercise_session (created_at);

-- Append-only; seq numbers the inputs of one session from 1.
CREATE TABLE session_input (
    session_id   VARCHAR(36)  NOT NULL,
    seq          INT          NOT NULL,
    t            BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL CHECK (kind IN ('order', 'control', 'rating')),
    role         VARCHAR(64),
    body         TEXT         NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (session_id, seq),
    CONSTRAINT session_input_session FOREIGN KEY (session_id) REFERENCES exercise_session (id)
);

-- Append-only; the primary key serves reads by seq, the index reads up to a simulated time.
CREATE TABLE session_event (
    session_id   VARCHAR(36)  NOT NULL,
    seq          BIGINT       NOT NULL,
    t            BIGINT       NOT NULL,
    type         VARCHAR(32)  NOT NULL,
    body         TEXT         NOT NULL,
    PRIMARY KEY (session_id, seq),
    CONSTRAINT session_event_session FOREIGN KEY (session_id) REFERENCES exercise_session (id)
);

CREATE INDEX session_event_by_t ON session_event (session_id, t);

-- Water depth grid (millimetres) at simulated second t, so replay and branching need not start at 0.
CREATE TABLE session_checkpoint (
    session_id   VARCHAR(36)  NOT NULL,
    t            BIGINT       NOT NULL,
    depth_mm     BYTEA        NOT NULL,
    PRIMARY KEY (session_id, t),
    CONSTRAINT session_checkpoint_session FOREIGN KEY (session_id) REFERENCES exercise_session (id)
);

-- Only a hash of each API token is stored. session_id NULL: a server-wide admin token.
CREATE TABLE api_token (
    token_hash   VARCHAR(64)  PRIMARY KEY,
    session_id   VARCHAR(36),
    role         VARCHAR(64),
    rights       VARCHAR(16)  NOT NULL CHECK (rights IN ('admin', 'controller', 'trainee', 'observer')),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT api_token_session FOREIGN KEY (session_id) REFERENCES exercise_session (id)
);

CREATE INDEX api_token_by_session ON api_token (session_id);
