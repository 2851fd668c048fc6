-- Users and their positions (identity.md §4). Written to run unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode: plain types, named sequences, no vendor extensions.
CREATE SEQUENCE users_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE users (
    id                      BIGINT PRIMARY KEY,
    username                VARCHAR(150) NOT NULL,
    nickname                VARCHAR(100),
    email                   VARCHAR(254) NOT NULL DEFAULT '',
    is_staff                BOOLEAN NOT NULL DEFAULT FALSE,
    is_active               BOOLEAN NOT NULL DEFAULT TRUE,
    is_superuser            BOOLEAN NOT NULL DEFAULT FALSE,
    avatar                  VARCHAR(255),
    discord_id              VARCHAR(64),
    discord_username        VARCHAR(255),
    discord_nickname        VARCHAR(255),
    guild_nickname          VARCHAR(255),
    steamid                 BIGINT,
    steam_account_id        BIGINT,
    mmr                     INTEGER,
    league_mmr              INTEGER,
    has_active_dota_mmr     BOOLEAN NOT NULL DEFAULT FALSE,
    dota_mmr_last_verified  TIMESTAMP WITH TIME ZONE,
    date_joined             TIMESTAMP WITH TIME ZONE NOT NULL,
    default_organization_id BIGINT,
    avatar_checked_at       TIMESTAMP WITH TIME ZONE,
    pos_carry               INTEGER NOT NULL DEFAULT 0,
    pos_mid                 INTEGER NOT NULL DEFAULT 0,
    pos_offlane             INTEGER NOT NULL DEFAULT 0,
    pos_soft_support        INTEGER NOT NULL DEFAULT 0,
    pos_hard_support        INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT users_username_key UNIQUE (username),
    CONSTRAINT users_discord_id_key UNIQUE (discord_id),
    CONSTRAINT users_steamid_key UNIQUE (steamid)
);
