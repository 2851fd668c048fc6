-- Player drafts (draft.md §1): a tournament's draft, its rounds and its append-only event log.
-- Rounds keep their place when a captain or picked user is deleted (D15); events keep theirs
-- when the actor is.
CREATE SEQUENCE draft_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE draft_round_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE draft_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE draft (
    id            BIGINT PRIMARY KEY,
    tournament_id BIGINT REFERENCES tournament (id) ON DELETE CASCADE,
    draft_style   VARCHAR(10) NOT NULL DEFAULT 'snake',
    CONSTRAINT draft_tournament_key UNIQUE (tournament_id),
    CONSTRAINT draft_style_check CHECK (draft_style IN ('snake', 'normal', 'shuffle'))
);

CREATE TABLE draft_round (
    id            BIGINT PRIMARY KEY,
    draft_id      BIGINT NOT NULL REFERENCES draft (id) ON DELETE CASCADE,
    captain_id    BIGINT REFERENCES users (id) ON DELETE SET NULL,
    pick_number   INTEGER NOT NULL,
    pick_phase    INTEGER NOT NULL,
    choice_id     BIGINT REFERENCES users (id) ON DELETE SET NULL,
    was_tie       BOOLEAN NOT NULL DEFAULT FALSE,
    tie_roll_data TEXT
);
CREATE INDEX draft_round_draft_idx ON draft_round (draft_id, pick_number);
CREATE INDEX draft_round_captain_idx ON draft_round (captain_id);
CREATE INDEX draft_round_choice_idx ON draft_round (choice_id);

CREATE TABLE draft_event (
    id         BIGINT PRIMARY KEY,
    draft_id   BIGINT NOT NULL REFERENCES draft (id) ON DELETE CASCADE,
    event_type VARCHAR(32) NOT NULL,
    payload    TEXT NOT NULL,
    actor_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX draft_event_draft_idx ON draft_event (draft_id, created_at);
CREATE INDEX draft_event_actor_idx ON draft_event (actor_id);
