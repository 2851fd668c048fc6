package gg.pickban.herodraft.entity;

import static gg.pickban.herodraft.entity.HeroDraftFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Captains connecting and leaving, and stale heartbeats (docs/rules.md §5.7). */
class HeroDraftPresenceTest {

    private final HeroDraftFixture f = new HeroDraftFixture();
    private final HeroDraft draft = f.draft;

    @Test
    void aCaptainConnectsAndDisconnectsSpectatorsChangeNothing() {
        HeroDraftEvent connected = draft.captainConnected(101L, NOW).orElseThrow();
        assertEquals("captain_connected", connected.eventType());
        assertEquals(f.team(11), connected.draftTeam());
        assertEquals(Json.createObjectBuilder().add("user_id", 101).add("username", "alice").build(), connected.metadata());
        assertTrue(f.team(11).isConnected());
        assertTrue(draft.captainConnected(300L, NOW).isEmpty());
        assertTrue(draft.captainDisconnected(300L, NOW).isEmpty());
        List<HeroDraftEvent> gone = draft.captainDisconnected(101L, NOW);
        assertEquals(List.of("captain_disconnected"), gone.stream().map(HeroDraftEvent::eventType).toList());
        assertFalse(f.team(11).isConnected());
        assertEquals(HeroDraftState.WAITING_FOR_CAPTAINS, draft.state());
    }

    @Test
    void reconnectingNeverResumesAndADisconnectWhileResumingDoesNotPause() {
        f.drafting(11);
        draft.captainDisconnected(102L, NOW.plusSeconds(1));
        assertEquals(HeroDraftState.PAUSED, draft.state());
        draft.captainConnected(102L, NOW.plusSeconds(2));
        assertEquals(HeroDraftState.PAUSED, draft.state(), "D24");
        assertTrue(f.team(12).isConnected());
        draft.resume(f.a(), NOW.plusSeconds(3));
        List<HeroDraftEvent> gone = draft.captainDisconnected(101L, NOW.plusSeconds(4));
        assertEquals(List.of("captain_disconnected"), gone.stream().map(HeroDraftEvent::eventType).toList());
        assertEquals(HeroDraftState.RESUMING, draft.state());
    }

    @Test
    void aDisconnectWhileDraftingPausesAutomatically() {
        f.drafting(11);
        List<HeroDraftEvent> events = draft.captainDisconnected(101L, NOW.plusSeconds(1));
        assertEquals(Json.createObjectBuilder().add("reason", "captain_disconnected").build(), events.get(1).metadata());
        assertEquals(f.team(11), events.get(1).draftTeam());
        assertEquals(NOW.plusSeconds(1), draft.pausedAt());
        assertFalse(draft.isManualPause());
    }

    @Test
    void staleMeansAHeartbeatOlderThanNineSecondsOrNoneWhileConnected() {
        assertFalse(HeroDraft.isStale(Optional.of(NOW.minusSeconds(9)), true, NOW));
        assertTrue(HeroDraft.isStale(Optional.of(NOW.minusMillis(9001)), false, NOW));
        assertTrue(HeroDraft.isStale(Optional.empty(), true, NOW));
        assertFalse(HeroDraft.isStale(Optional.empty(), false, NOW));
    }

    @Test
    void theFirstStaleCaptainPausesADraftingDraft() {
        Map<Long, Instant> beats = Map.of(101L, NOW.minusSeconds(1));
        assertTrue(draft.staleCaptain(id -> Optional.ofNullable(beats.get(id)), NOW).isEmpty(), "only while drafting");
        f.drafting(11);
        assertEquals(Optional.of(102L), draft.staleCaptain(id -> Optional.ofNullable(beats.get(id)), NOW),
                "bob readied (so counts as connected) and has no heartbeat");
        draft.captainDisconnected(102L, NOW);
        draft.resume(f.a(), NOW);
        draft.completeCountdownIfDue(NOW.plusSeconds(3));
        assertTrue(draft.staleCaptain(id -> Optional.ofNullable(beats.get(id)), NOW.plusSeconds(3)).isEmpty(),
                "alice beat 4 s ago; bob is not connected and has none");
    }

    @Test
    void aStaleCaptainPausesTheDraft() {
        f.drafting(11);
        Map<Long, Instant> beats = Map.of(101L, NOW.minusSeconds(20), 102L, NOW.minusSeconds(30));
        assertEquals(Optional.of(101L), draft.staleCaptain(id -> Optional.ofNullable(beats.get(id)), NOW));
        List<HeroDraftEvent> events = draft.pauseForStaleCaptain(101L, NOW);
        assertEquals(List.of("captain_disconnected", "draft_paused"), events.stream().map(HeroDraftEvent::eventType).toList());
        assertEquals(Json.createObjectBuilder().add("user_id", 101).add("username", "alice").add("reason", "heartbeat_stale").build(),
                events.get(0).metadata());
        assertEquals(Json.createObjectBuilder().add("reason", "heartbeat_stale").build(), events.get(1).metadata());
        assertEquals(HeroDraftState.PAUSED, draft.state());
        assertFalse(f.team(11).isConnected());
        assertTrue(draft.pauseForStaleCaptain(102L, NOW).isEmpty(), "only while drafting");
    }
}
