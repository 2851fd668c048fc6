package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.DraftTeam;
import gg.pickban.herodraft.entity.HeroDraftEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * One {@code herodraft_event} message to send once its transaction commits (docs/api.md §7): an
 * action message for a stored event (with its id, wire metadata and timestamp) or a state message
 * (type and team only). {@code team} null = no {@code draft_team} key.
 */
public record HeroDraftEventMessage(String eventType, HeroDraftEvent stored, DraftTeam team, JsonObject metadata) {

    /** An action message with {@code {}} as its metadata (docs/api.md §7). */
    public static HeroDraftEventMessage action(HeroDraftEvent event) {
        return action(event, JsonValue.EMPTY_JSON_OBJECT);
    }

    public static HeroDraftEventMessage action(HeroDraftEvent event, JsonObject wireMetadata) {
        return new HeroDraftEventMessage(event.eventType(), event, event.draftTeam(), wireMetadata);
    }

    public static HeroDraftEventMessage state(String eventType, DraftTeam team) {
        return new HeroDraftEventMessage(eventType, null, team, null);
    }
}
