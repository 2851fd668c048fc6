-- Organizations and leagues with their roles (league.md §1–§3).
CREATE SEQUENCE organization_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE league_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE admin_log_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE organization (
    id                BIGINT PRIMARY KEY,
    name              VARCHAR(255) NOT NULL,
    description       VARCHAR(10000) NOT NULL DEFAULT '',
    logo              VARCHAR(200) NOT NULL DEFAULT '',
    discord_link      VARCHAR(200) NOT NULL DEFAULT '',
    discord_server_id VARCHAR(20),
    rules_template    VARCHAR(50000) NOT NULL DEFAULT '',
    timezone          VARCHAR(64) NOT NULL DEFAULT 'America/New_York',
    owner_id          BIGINT REFERENCES users (id),
    default_league_id BIGINT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE organization_admins (
    organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    user_id         BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (organization_id, user_id)
);

CREATE TABLE organization_staff (
    organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    user_id         BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (organization_id, user_id)
);

CREATE TABLE league (
    id                        BIGINT PRIMARY KEY,
    steam_league_id           INTEGER NOT NULL,
    name                      VARCHAR(255) NOT NULL,
    description               VARCHAR(10000) NOT NULL DEFAULT '',
    rules                     VARCHAR(50000) NOT NULL DEFAULT '',
    prize_pool                VARCHAR(100) NOT NULL DEFAULT '',
    timezone                  VARCHAR(64) NOT NULL DEFAULT 'America/New_York',
    last_synced               TIMESTAMP WITH TIME ZONE,
    rating_system             VARCHAR(20) NOT NULL DEFAULT 'elo',
    k_factor_default          INTEGER NOT NULL DEFAULT 32,
    k_factor_placement        INTEGER NOT NULL DEFAULT 64,
    placement_games           INTEGER NOT NULL DEFAULT 10,
    fixed_delta               INTEGER NOT NULL DEFAULT 25,
    age_decay_enabled         BOOLEAN NOT NULL DEFAULT FALSE,
    age_decay_half_life_days  INTEGER NOT NULL DEFAULT 180,
    age_decay_minimum         DOUBLE PRECISION NOT NULL DEFAULT 0.1,
    recalc_max_age_days       INTEGER NOT NULL DEFAULT 90,
    recalc_mmr_threshold      INTEGER NOT NULL DEFAULT 500,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT league_steam_league_id_key UNIQUE (steam_league_id)
);

ALTER TABLE organization ADD CONSTRAINT organization_default_league_fk
    FOREIGN KEY (default_league_id) REFERENCES league (id) ON DELETE SET NULL;

CREATE TABLE league_organizations (
    league_id       BIGINT NOT NULL REFERENCES league (id) ON DELETE CASCADE,
    organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    PRIMARY KEY (league_id, organization_id)
);

CREATE TABLE league_admins (
    league_id BIGINT NOT NULL REFERENCES league (id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (league_id, user_id)
);

CREATE TABLE league_staff (
    league_id BIGINT NOT NULL REFERENCES league (id) ON DELETE CASCADE,
    user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (league_id, user_id)
);

-- Audit of admin/staff/ownership changes (OrgLog, LeagueLog); never exposed.
CREATE TABLE admin_log (
    id              BIGINT PRIMARY KEY,
    organization_id BIGINT REFERENCES organization (id) ON DELETE CASCADE,
    league_id       BIGINT REFERENCES league (id) ON DELETE CASCADE,
    actor_id        BIGINT REFERENCES users (id) ON DELETE SET NULL,
    action          VARCHAR(40) NOT NULL,
    target_user_id  BIGINT REFERENCES users (id) ON DELETE SET NULL,
    details         VARCHAR(2000) NOT NULL DEFAULT '',
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE users ADD CONSTRAINT users_default_organization_fk
    FOREIGN KEY (default_organization_id) REFERENCES organization (id) ON DELETE SET NULL;
