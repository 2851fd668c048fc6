package gg.pickban.draft.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * A socket's first message ({@code initial_events}) and the pk of the newest event it replays: a
 * {@code draft_event} that arrived while it was being read is dropped when the replay already has it.
 */
record Opening(String message, long newestEventPk) {

    boolean replays(String draftEventMessage) {
        JsonObject message = Json.createReader(new StringReader(draftEventMessage)).readObject();
        JsonValue event = message.get("event");
        return event instanceof JsonObject object && object.getJsonNumber("pk").longValue() <= newestEventPk;
    }
}
