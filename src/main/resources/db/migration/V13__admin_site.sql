-- The staff site (/admin/). Every change made through it is recorded here, like Django admin's
-- history: who (kept by name too, so the row outlives the account), when, which object, what was
-- done, and the object's fields before and after as JSON text. admin_log (V4) is a different
-- record: the role changes of one organization or league, deleted together with it.
CREATE SEQUENCE admin_change_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE admin_change (
    id           BIGINT PRIMARY KEY,
    actor_id     BIGINT REFERENCES users (id) ON DELETE SET NULL,
    actor_name   VARCHAR(150) NOT NULL,
    object_type  VARCHAR(40) NOT NULL,
    object_id    VARCHAR(40) NOT NULL,
    object_repr  VARCHAR(200) NOT NULL,
    action       VARCHAR(40) NOT NULL,
    before_state VARCHAR(20000),
    after_state  VARCHAR(20000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX admin_change_object_idx ON admin_change (object_type, object_id);
CREATE INDEX admin_change_actor_idx ON admin_change (actor_id);
CREATE INDEX admin_change_created_idx ON admin_change (created_at);

-- An event template can be retired: it is no longer offered for new scheduled events, and retiring
-- it also deactivates its scheduled events.
ALTER TABLE discord_event_template ADD COLUMN is_active BOOLEAN NOT NULL DEFAULT TRUE;
