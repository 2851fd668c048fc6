package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.HeroDraftEvent;
import jakarta.json.JsonObject;
import java.time.Instant;

/** A stored event as {@code list-events} answers it. */
public record HeroDraftEventJson(long id, String eventType, DraftTeamJson draftTeam, JsonObject metadata, Instant createdAt) {

    public static HeroDraftEventJson from(HeroDraftEvent event) {
        return new HeroDraftEventJson(event.id(), event.eventType(),
                event.draftTeam() == null ? null : DraftTeamJson.from(event.draftTeam()), event.metadata(), event.createdAt());
    }
}
