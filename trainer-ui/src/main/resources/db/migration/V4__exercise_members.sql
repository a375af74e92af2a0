-- Who takes part in an exercise (docs/accounts.md): a trainee user at a command-post position.
-- Same SQL on H2 (embedded, default) and PostgreSQL.
CREATE TABLE exercise_member (
    session_id VARCHAR(36) NOT NULL,
    user_id    VARCHAR(36) NOT NULL,
    position   VARCHAR(64) NOT NULL,
    PRIMARY KEY (session_id, user_id),
    CONSTRAINT exercise_member_session FOREIGN KEY (session_id) REFERENCES exercise_session (id),
    CONSTRAINT exercise_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE INDEX exercise_member_user ON exercise_member (user_id);
