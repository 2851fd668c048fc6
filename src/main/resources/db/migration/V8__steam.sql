-- Steam match store, league sync state, league stats and match suggestions (steam.md §3).
-- league_id columns hold Steam league ids (17929), not league pks.
CREATE TABLE steam_match (
    match_id    BIGINT PRIMARY KEY,
    radiant_win BOOLEAN NOT NULL DEFAULT FALSE,
    duration    INTEGER NOT NULL DEFAULT 0,
    start_time  BIGINT NOT NULL DEFAULT 0,
    game_mode   INTEGER NOT NULL DEFAULT 0,
    lobby_type  INTEGER NOT NULL DEFAULT 0,
    league_id   INTEGER
);
CREATE INDEX steam_match_league_idx ON steam_match (league_id);
CREATE INDEX steam_match_start_time_idx ON steam_match (start_time);

CREATE SEQUENCE steam_player_stats_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE steam_player_stats (
    id           BIGINT PRIMARY KEY,
    match_id     BIGINT NOT NULL REFERENCES steam_match (match_id) ON DELETE CASCADE,
    steam_id     BIGINT NOT NULL,
    user_id      BIGINT REFERENCES users (id) ON DELETE SET NULL,
    player_slot  INTEGER NOT NULL DEFAULT 0,
    hero_id      INTEGER NOT NULL DEFAULT 0,
    kills        INTEGER NOT NULL DEFAULT 0,
    deaths       INTEGER NOT NULL DEFAULT 0,
    assists      INTEGER NOT NULL DEFAULT 0,
    gold_per_min INTEGER NOT NULL DEFAULT 0,
    xp_per_min   INTEGER NOT NULL DEFAULT 0,
    last_hits    INTEGER NOT NULL DEFAULT 0,
    denies       INTEGER NOT NULL DEFAULT 0,
    hero_damage  INTEGER NOT NULL DEFAULT 0,
    tower_damage INTEGER NOT NULL DEFAULT 0,
    hero_healing INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT steam_player_stats_match_steam_key UNIQUE (match_id, steam_id)
);
CREATE INDEX steam_player_stats_steam_idx ON steam_player_stats (steam_id);
CREATE INDEX steam_player_stats_user_idx ON steam_player_stats (user_id);

-- failed_match_ids: comma-separated match ids, in the order they failed (no duplicates).
CREATE TABLE steam_league_sync_state (
    league_id        INTEGER PRIMARY KEY,
    last_sync_at     TIMESTAMP WITH TIME ZONE,
    last_match_id    BIGINT,
    failed_match_ids VARCHAR(1000000) NOT NULL DEFAULT '',
    is_syncing       BOOLEAN NOT NULL DEFAULT FALSE,
    sync_started_at  TIMESTAMP WITH TIME ZONE
);

-- Recomputed set-based per league (delete + insert), so the key is the pair, not a surrogate.
CREATE TABLE steam_league_player_stats (
    user_id        BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    league_id      INTEGER NOT NULL,
    games_played   INTEGER NOT NULL DEFAULT 0,
    wins           INTEGER NOT NULL DEFAULT 0,
    losses         INTEGER NOT NULL DEFAULT 0,
    total_kills    INTEGER NOT NULL DEFAULT 0,
    total_deaths   INTEGER NOT NULL DEFAULT 0,
    total_assists  INTEGER NOT NULL DEFAULT 0,
    total_gpm      INTEGER NOT NULL DEFAULT 0,
    total_xpm      INTEGER NOT NULL DEFAULT 0,
    win_rate       DOUBLE PRECISION NOT NULL DEFAULT 0,
    avg_kills      DOUBLE PRECISION NOT NULL DEFAULT 0,
    avg_deaths     DOUBLE PRECISION NOT NULL DEFAULT 0,
    avg_assists    DOUBLE PRECISION NOT NULL DEFAULT 0,
    avg_gpm        DOUBLE PRECISION NOT NULL DEFAULT 0,
    avg_xpm        DOUBLE PRECISION NOT NULL DEFAULT 0,
    mmr_adjustment INTEGER NOT NULL DEFAULT 0,
    last_updated   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, league_id)
);
CREATE INDEX steam_league_player_stats_league_idx ON steam_league_player_stats (league_id);

-- One row per league whose stats were ever recomputed; locked for the length of a recompute so two
-- recomputes of one league (after a sync and after a relink, on two instances) run one after the other.
CREATE TABLE steam_stats_lock (
    league_id INTEGER PRIMARY KEY
);

CREATE SEQUENCE steam_suggestion_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE steam_game_match_suggestion (
    id               BIGINT PRIMARY KEY,
    game_id          BIGINT NOT NULL REFERENCES game (id) ON DELETE CASCADE,
    match_id         BIGINT NOT NULL REFERENCES steam_match (match_id) ON DELETE CASCADE,
    tournament_id    BIGINT REFERENCES tournament (id) ON DELETE CASCADE,
    confidence_score DOUBLE PRECISION NOT NULL,
    player_overlap   INTEGER NOT NULL,
    suggestion_tier  VARCHAR(20) NOT NULL DEFAULT 'partial',
    auto_linked      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT steam_suggestion_game_match_key UNIQUE (game_id, match_id)
);
CREATE INDEX steam_suggestion_tournament_idx ON steam_game_match_suggestion (tournament_id);
CREATE INDEX steam_suggestion_match_idx ON steam_game_match_suggestion (match_id);
