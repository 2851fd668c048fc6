-- Scheduled Discord announcements with RSVP (discord.md §6.1, D45). Plain types: runs unchanged on
-- PostgreSQL and on H2 in PostgreSQL mode.
CREATE SEQUENCE discord_event_template_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE discord_scheduled_event_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE discord_occurrence_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE discord_rsvp_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE discord_event_template (
    id            BIGINT PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    template_type VARCHAR(20) NOT NULL DEFAULT 'event',
    title         VARCHAR(256) NOT NULL,
    description   VARCHAR(4096) NOT NULL DEFAULT '',
    color         VARCHAR(7) NOT NULL DEFAULT '#5865F2',
    channel_id    VARCHAR(20) NOT NULL,
    include_rsvp  BOOLEAN NOT NULL DEFAULT TRUE,
    created_by_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT discord_event_template_type_check CHECK (template_type IN ('event', 'announcement'))
);

CREATE TABLE discord_scheduled_event (
    id                 BIGINT PRIMARY KEY,
    template_id        BIGINT NOT NULL REFERENCES discord_event_template (id) ON DELETE CASCADE,
    is_recurring       BOOLEAN NOT NULL DEFAULT FALSE,
    day_of_week        INTEGER,
    time_of_day        TIME,
    next_post_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    discord_event_id   VARCHAR(20),
    discord_message_id VARCHAR(20),
    is_active          BOOLEAN NOT NULL DEFAULT TRUE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- internal: an instance posting the current slot holds it until then
    claimed_until      TIMESTAMP WITH TIME ZONE,
    version            BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT discord_scheduled_event_day_check CHECK (day_of_week BETWEEN 0 AND 6)
);
CREATE INDEX discord_scheduled_event_due_idx ON discord_scheduled_event (is_active, next_post_at);

-- One row per posting, so RSVPs stay attached to the message they were given on.
CREATE TABLE discord_occurrence (
    id                 BIGINT PRIMARY KEY,
    scheduled_event_id BIGINT NOT NULL REFERENCES discord_scheduled_event (id) ON DELETE CASCADE,
    posted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    channel_id         VARCHAR(20) NOT NULL,
    discord_message_id VARCHAR(20) NOT NULL,
    CONSTRAINT discord_occurrence_message_key UNIQUE (discord_message_id)
);
CREATE INDEX discord_occurrence_event_idx ON discord_occurrence (scheduled_event_id);

CREATE TABLE discord_rsvp (
    id               BIGINT PRIMARY KEY,
    occurrence_id    BIGINT NOT NULL REFERENCES discord_occurrence (id) ON DELETE CASCADE,
    discord_user_id  VARCHAR(20) NOT NULL,
    discord_username VARCHAR(100) NOT NULL,
    status           VARCHAR(10) NOT NULL,
    responded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT discord_rsvp_occurrence_user_key UNIQUE (occurrence_id, discord_user_id),
    CONSTRAINT discord_rsvp_status_check CHECK (status IN ('yes', 'maybe', 'no'))
);
