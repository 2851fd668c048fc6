package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.DraftEvent;
import gg.pickban.identity.boundary.UserMini;
import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;

/** One event as the sockets send it (docs/api.md §7); the payload object as it was written. */
public record DraftEventItem(long pk, String eventType, JsonObject payload, UserMini actor, Instant createdAt) {

    /** By pk alone, as {@link UserMini#hashCode()} explains. */
    @Override
    public int hashCode() {
        return Long.hashCode(pk);
    }

    static DraftEventItem from(DraftEvent event) {
        return new DraftEventItem(event.id(), event.eventType(), Jsonp.createReader(new StringReader(event.payload())).readObject(),
                UserMinis.of(event.actor()), event.createdAt());
    }
}
