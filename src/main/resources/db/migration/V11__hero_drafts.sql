-- Captains Mode hero drafts (herodraft.md §1): one per game, its two DraftTeams, the 24 rounds and
-- the append-only event log. Everything goes with the game (and so with either of its teams).
CREATE SEQUENCE hero_draft_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE draft_team_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE hero_draft_round_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE hero_draft_event_seq START WITH 1 INCREMENT BY 1;

-- roll_winner_id names one of the draft's own DraftTeams; it has no foreign key because those rows
-- are deleted together with the draft, and a key in both directions would make that delete a cycle.
CREATE TABLE hero_draft (
    id              BIGINT PRIMARY KEY,
    game_id         BIGINT NOT NULL REFERENCES game (id) ON DELETE CASCADE,
    state           VARCHAR(24) NOT NULL DEFAULT 'waiting_for_captains',
    roll_winner_id  BIGINT,
    paused_at       TIMESTAMP WITH TIME ZONE,
    resuming_until  TIMESTAMP WITH TIME ZONE,
    is_manual_pause BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT hero_draft_game_key UNIQUE (game_id),
    CONSTRAINT hero_draft_state_check CHECK (state IN ('waiting_for_captains', 'rolling', 'choosing', 'drafting',
                                                       'paused', 'resuming', 'completed', 'abandoned'))
);
CREATE INDEX hero_draft_state_idx ON hero_draft (state);

CREATE TABLE draft_team (
    id                     BIGINT PRIMARY KEY,
    draft_id               BIGINT NOT NULL REFERENCES hero_draft (id) ON DELETE CASCADE,
    tournament_team_id     BIGINT NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    is_first_pick          BOOLEAN,
    is_radiant             BOOLEAN,
    reserve_time_remaining INTEGER NOT NULL DEFAULT 90000,
    is_ready               BOOLEAN NOT NULL DEFAULT FALSE,
    is_connected           BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX draft_team_draft_idx ON draft_team (draft_id);
CREATE INDEX draft_team_team_idx ON draft_team (tournament_team_id);

CREATE TABLE hero_draft_round (
    id            BIGINT PRIMARY KEY,
    draft_id      BIGINT NOT NULL REFERENCES hero_draft (id) ON DELETE CASCADE,
    draft_team_id BIGINT NOT NULL REFERENCES draft_team (id) ON DELETE CASCADE,
    round_number  INTEGER NOT NULL,
    action_type   VARCHAR(4) NOT NULL,
    hero_id       INTEGER,
    state         VARCHAR(10) NOT NULL DEFAULT 'planned',
    grace_time_ms INTEGER NOT NULL DEFAULT 30000,
    started_at    TIMESTAMP WITH TIME ZONE,
    completed_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT hero_draft_round_number_check CHECK (round_number BETWEEN 1 AND 24),
    CONSTRAINT hero_draft_round_action_check CHECK (action_type IN ('ban', 'pick')),
    CONSTRAINT hero_draft_round_state_check CHECK (state IN ('planned', 'active', 'completed'))
);
CREATE INDEX hero_draft_round_draft_idx ON hero_draft_round (draft_id, round_number);
CREATE INDEX hero_draft_round_team_idx ON hero_draft_round (draft_team_id);

CREATE TABLE hero_draft_event (
    id            BIGINT PRIMARY KEY,
    draft_id      BIGINT NOT NULL REFERENCES hero_draft (id) ON DELETE CASCADE,
    event_type    VARCHAR(32) NOT NULL,
    draft_team_id BIGINT REFERENCES draft_team (id) ON DELETE SET NULL,
    metadata      TEXT NOT NULL DEFAULT '{}',
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX hero_draft_event_draft_idx ON hero_draft_event (draft_id, created_at);
CREATE INDEX hero_draft_event_team_idx ON hero_draft_event (draft_team_id);
