package gg.pickban.discord.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.discord.entity.Rsvp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RsvpTallyTest {

    private static final Instant NOW = Instant.parse("2026-01-21T18:00:00Z");

    private static Rsvp rsvp(String name, String status) {
        return new Rsvp(null, Integer.toString(name.hashCode() & 0xffff), name, status, NOW);
    }

    @Test
    void answersAreCountedAndNamedInTheOrderGiven() {
        RsvpTally tally = RsvpTally.of(List.of(rsvp("alice", "yes"), rsvp("bob", "no"), rsvp("carol", "yes")));
        assertEquals(new RsvpTally(List.of("alice", "carol"), List.of(), List.of("bob")), tally);
        assertEquals(Json.createReader(new StringReader("""
                [{"name": "✅ Yes (2)", "value": "alice, carol", "inline": true},
                 {"name": "❓ Maybe (0)", "value": "—", "inline": true},
                 {"name": "❌ No (1)", "value": "bob", "inline": true}]""")).readArray(), tally.fields(1024));
    }

    @Test
    void nobodyYetShowsZeroesAndDashes() {
        JsonArray fields = RsvpTally.NONE.fields(1024);
        assertEquals(List.of("✅ Yes (0)", "❓ Maybe (0)", "❌ No (0)"),
                fields.stream().map(f -> f.asJsonObject().getString("name")).toList());
        assertTrue(fields.stream().allMatch(f -> f.asJsonObject().getString("value").equals("—")));
    }

    @Test
    void markdownInANameShowsAsWritten() {
        assertEquals("\\*\\*bold\\*\\* \\_x\\_ a\\|b \\`c\\` \\\\", RsvpTally.escape("**bold** _x_ a|b `c` \\"));
        assertEquals("plain name", RsvpTally.escape("plain name"));
    }

    @Test
    void aListTooLongForItsFieldEndsInHowManyMore() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            names.add("player" + i);
        }
        String value = RsvpTally.names(names, 100);
        assertTrue(value.length() <= 100, value.length() + ": " + value);
        assertTrue(value.startsWith("player0, player1, "), value);
        int shown = value.substring(0, value.indexOf(" and ")).split(", ").length;
        assertTrue(value.endsWith(" and " + (200 - shown) + " more"), value);
        assertEquals("a, b", RsvpTally.names(List.of("a", "b"), 12), "the last name needs no room for a tail");
        assertEquals("a and 1 more", RsvpTally.names(List.of("a", "b".repeat(20)), 14));
    }
}
