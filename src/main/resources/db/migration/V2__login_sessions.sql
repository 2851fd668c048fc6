-- Server-side login sessions, shared by every instance and surviving restarts (conventions.md §7).
CREATE TABLE login_session (
    session_key VARCHAR(64) PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX login_session_expires_idx ON login_session (expires_at);
CREATE INDEX login_session_user_idx ON login_session (user_id);
