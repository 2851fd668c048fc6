-- Tournaments, teams and games (league.md §1, §4–§6) and the tango joke (§8).
CREATE SEQUENCE tournament_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE team_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE game_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE tournament (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(255) NOT NULL,
    date_played     TIMESTAMP WITH TIME ZONE NOT NULL,
    timezone        VARCHAR(50) NOT NULL DEFAULT 'UTC',
    state           VARCHAR(20) NOT NULL DEFAULT 'future',
    tournament_type VARCHAR(255) NOT NULL DEFAULT 'double_elimination',
    league_id       BIGINT REFERENCES league (id) ON DELETE SET NULL,
    steam_league_id INTEGER NOT NULL,
    winning_team_id BIGINT,
    version         BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT tournament_winning_team_key UNIQUE (winning_team_id)
);
CREATE INDEX tournament_league_idx ON tournament (league_id);

CREATE TABLE tournament_users (
    tournament_id BIGINT NOT NULL REFERENCES tournament (id) ON DELETE CASCADE,
    user_id       BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (tournament_id, user_id)
);
CREATE INDEX tournament_users_user_idx ON tournament_users (user_id);

CREATE TABLE team (
    id                BIGINT PRIMARY KEY,
    tournament_id     BIGINT REFERENCES tournament (id) ON DELETE CASCADE,
    name              VARCHAR(255) NOT NULL,
    captain_id        BIGINT REFERENCES users (id) ON DELETE SET NULL,
    deputy_captain_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    draft_order       SMALLINT NOT NULL DEFAULT 0,
    current_points    INTEGER NOT NULL DEFAULT 0,
    placement         SMALLINT,
    CONSTRAINT team_draft_order_check CHECK (draft_order >= 0),
    CONSTRAINT team_placement_check CHECK (placement IS NULL OR placement >= 1)
);
CREATE INDEX team_tournament_idx ON team (tournament_id);
CREATE INDEX team_captain_idx ON team (captain_id);

ALTER TABLE tournament ADD CONSTRAINT tournament_winning_team_fk
    FOREIGN KEY (winning_team_id) REFERENCES team (id) ON DELETE SET NULL;

CREATE TABLE team_members (
    team_id BIGINT NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user_idx ON team_members (user_id);

CREATE TABLE team_dropin_members (
    team_id BIGINT NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);

CREATE TABLE team_left_members (
    team_id BIGINT NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);

CREATE TABLE game (
    id                   BIGINT PRIMARY KEY,
    tournament_id        BIGINT REFERENCES tournament (id) ON DELETE CASCADE,
    league_id            BIGINT REFERENCES league (id) ON DELETE CASCADE,
    round                INTEGER NOT NULL DEFAULT 1,
    bracket_type         VARCHAR(20) NOT NULL DEFAULT 'winners',
    elimination_type     VARCHAR(20) NOT NULL DEFAULT 'double',
    position             INTEGER NOT NULL DEFAULT 0,
    next_game_id         BIGINT REFERENCES game (id) ON DELETE SET NULL,
    next_game_slot       VARCHAR(10),
    loser_next_game_id   BIGINT REFERENCES game (id) ON DELETE SET NULL,
    loser_next_game_slot VARCHAR(10),
    swiss_record_wins    INTEGER NOT NULL DEFAULT 0,
    swiss_record_losses  INTEGER NOT NULL DEFAULT 0,
    status               VARCHAR(20) NOT NULL DEFAULT 'pending',
    gameid               BIGINT,
    radiant_team_id      BIGINT REFERENCES team (id) ON DELETE CASCADE,
    dire_team_id         BIGINT REFERENCES team (id) ON DELETE CASCADE,
    winning_team_id      BIGINT REFERENCES team (id) ON DELETE CASCADE
);
CREATE INDEX game_tournament_idx ON game (tournament_id);
CREATE INDEX game_league_idx ON game (league_id);
CREATE INDEX game_gameid_idx ON game (gameid);

CREATE TABLE tango_joke (
    user_id           BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    tangoes_purchased INTEGER NOT NULL DEFAULT 0
);
