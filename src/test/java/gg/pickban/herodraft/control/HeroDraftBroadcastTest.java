package gg.pickban.herodraft.control;

import static gg.pickban.herodraft.entity.HeroDraftFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.herodraft.entity.HeroDraftEvent;
import gg.pickban.herodraft.entity.HeroDraftFixture;
import jakarta.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The {@code herodraft_event} envelopes of docs/api.md §7 around a given draft state (the nested
 * shapes need JSON-B, which only the server has; HeroDraftIT checks them on Redis).
 */
class HeroDraftBroadcastTest {

    private static final String STATE = "{\"id\":77}";

    @Test
    void anActionMessageCarriesTheStoredEventsIdWireMetadataAndTimestamp() {
        HeroDraftFixture f = new HeroDraftFixture();
        HeroDraftEvent created = f.flushed(f.draft.created(5, NOW.plusNanos(123_456_789)));
        assertEquals("{\"type\":\"herodraft_event\",\"event_type\":\"draft_created\",\"event_id\":" + created.id()
                + ",\"metadata\":{},\"timestamp\":\"2026-01-21T18:00:00.123456+00:00\",\"draft_state\":{\"id\":77}}",
                HeroDraftBroadcast.message(HeroDraftEventMessage.action(created), STATE));
        assertEquals("{\"type\":\"herodraft_event\",\"event_type\":\"draft_created\",\"event_id\":" + created.id()
                + ",\"metadata\":{\"hero_id\":3},\"timestamp\":\"2026-01-21T18:00:00.123456+00:00\",\"draft_state\":{\"id\":77}}",
                HeroDraftBroadcast.message(HeroDraftEventMessage.action(created, Json.createObjectBuilder().add("hero_id", 3).build()), STATE));
    }

    @Test
    void aStateMessageHasNoEventIdTimestampOrMetadataAndNoTeamWhenNoneIsInvolved() {
        assertEquals("{\"type\":\"herodraft_event\",\"event_type\":\"hero_selected\",\"draft_state\":{\"id\":77}}",
                HeroDraftBroadcast.message(HeroDraftEventMessage.state("hero_selected", null), STATE));
    }

    @Test
    void timestampsEndInPlusZeroZero() {
        assertEquals("2026-01-21T18:00:00+00:00", HeroDraftBroadcast.timestamp(Instant.parse("2026-01-21T18:00:00Z")));
        assertEquals("herodraft_42", HeroDraftBroadcast.group(42));
    }
}
