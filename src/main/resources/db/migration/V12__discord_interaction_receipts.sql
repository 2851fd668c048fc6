-- Interactions (RSVP clicks, /event) whose effect is recorded, so a second delivery of the same
-- interaction changes nothing. Written in the effect's own transaction; kept an hour.
CREATE TABLE discord_interaction_receipt (
    interaction_id VARCHAR(20) PRIMARY KEY,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX discord_interaction_receipt_received_idx ON discord_interaction_receipt (received_at);
