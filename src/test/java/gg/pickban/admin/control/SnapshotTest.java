package gg.pickban.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the audit log shows of a change: one line per field that changed, before → after. */
class SnapshotTest {

    @Test
    void aChangeListsOnlyTheFieldsThatChanged() {
        String before = new Snapshot().with("username", "hurk_").with("mmr", 3000).with("nickname", null)
                .with("is_staff", true).json();
        String after = new Snapshot().with("username", "hurk_").with("mmr", 4321).with("nickname", "Hurk")
                .with("is_staff", false).json();
        assertEquals(List.of("mmr: 3000 → 4321", "nickname: (empty) → \"Hurk\"", "is_staff: true → false"),
                Snapshot.changes(before, after));
    }

    @Test
    void aCreationListsWhatWasSetAndADeletionWhatWasThere() {
        String state = new Snapshot().with("name", "Inhouse").with("next_post_at", Instant.parse("2026-01-22T19:00:00Z"))
                .with("steamid", 76561198000000000L).json();
        List<String> lines = List.of("name: \"Inhouse\"", "next_post_at: \"2026-01-22T19:00:00Z\"", "steamid: 76561198000000000");
        assertEquals(lines, Snapshot.changes(null, state));
        assertEquals(lines, Snapshot.changes(state, null));
    }

    @Test
    void textThatIsNoLongerJsonIsShownAsItIs() {
        assertEquals(List.of("{\"name\":\"cut off… → {\"name\":\"x\"}"), Snapshot.changes("{\"name\":\"cut off…", "{\"name\":\"x\"}"));
    }
}
