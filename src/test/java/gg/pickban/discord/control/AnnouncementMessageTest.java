package gg.pickban.discord.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncementMessageTest {

    @Test
    void anAnnouncementWithRsvpShowsTheAnswersAndTheButtons() {
        RsvpTally tally = new RsvpTally(List.of("alice"), List.of(), List.of());
        JsonObject message = AnnouncementMessage.of(12, "Inhouse", "Bring snacks", 5793266, tally);
        assertEquals(Json.createReader(new StringReader("""
                {"title": "Inhouse", "description": "Bring snacks", "color": 5793266,
                 "fields": [{"name": "✅ Yes (1)", "value": "alice", "inline": true},
                            {"name": "❓ Maybe (0)", "value": "—", "inline": true},
                            {"name": "❌ No (0)", "value": "—", "inline": true}],
                 "footer": {"text": "Answer with a button below; click your answer again to take it back."}}""")).readObject(),
                message.getJsonArray("embeds").getJsonObject(0));
        assertEquals(List.of(RsvpButton.row(12)), message.getJsonArray("components"));
    }

    @Test
    void anAnnouncementWithoutRsvpIsTheEmbedAlone() {
        JsonObject message = AnnouncementMessage.of(12, "Patch notes", "", 0, null);
        assertEquals(Json.createObjectBuilder().add("title", "Patch notes").add("color", 0).build(),
                message.getJsonArray("embeds").getJsonObject(0), "an empty description is left out");
        assertFalse(message.containsKey("components"));
    }

    @Test
    void aFullEmbedStaysWithinDiscordsLimits() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add("somebody-with-a-long-name-" + i);
        }
        JsonObject embed = AnnouncementMessage.embed("t".repeat(256), "d".repeat(4096), 1, new RsvpTally(many, many, many));
        int text = embed.getString("title").length() + embed.getString("description").length()
                + embed.getJsonObject("footer").getString("text").length();
        for (JsonValue field : embed.getJsonArray("fields")) {
            String value = field.asJsonObject().getString("value");
            assertTrue(value.length() <= 1024);
            assertTrue(value.endsWith(" more"), value);
            text += field.asJsonObject().getString("name").length() + value.length();
        }
        assertTrue(text <= 6000, "embed text " + text);
    }
}
