package gg.pickban.discord.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RsvpButtonTest {

    @Test
    void aButtonsCustomIdNamesTheEventAndTheAnswer() {
        assertEquals(Optional.of(new RsvpButton(12, "yes")), RsvpButton.parse("rsvp:12:yes"));
        assertEquals(Optional.of(new RsvpButton(999_999_999_999L, "maybe")), RsvpButton.parse("rsvp:999999999999:maybe"));
        assertEquals("rsvp:7:no", new RsvpButton(7, "no").customId());
        assertEquals(Optional.of(new RsvpButton(7, "no")), RsvpButton.parse(new RsvpButton(7, "no").customId()));
    }

    @Test
    void anythingElseIsNotAnRsvpButton() {
        for (String customId : List.of("", "rsvp", "rsvp:12", "rsvp:12:YES", "rsvp:12:later", "rsvp::yes", "rsvp:-1:yes",
                "rsvp:12:yes:extra", " rsvp:12:yes", "rsvp:1234567890123456789:yes", "vote:12:yes")) {
            assertEquals(Optional.empty(), RsvpButton.parse(customId), customId);
        }
        assertEquals(Optional.empty(), RsvpButton.parse(null));
    }

    @Test
    void theRowHasYesMaybeNoInThatOrder() {
        JsonObject row = RsvpButton.row(12);
        assertEquals(1, row.getInt("type"), "an action row");
        List<JsonObject> buttons = row.getJsonArray("components").getValuesAs(JsonObject.class);
        assertEquals(List.of("rsvp:12:yes", "rsvp:12:maybe", "rsvp:12:no"), buttons.stream().map(b -> b.getString("custom_id")).toList());
        assertEquals(List.of("Yes", "Maybe", "No"), buttons.stream().map(b -> b.getString("label")).toList());
        assertEquals(List.of("✅", "❓", "❌"), buttons.stream().map(b -> b.getJsonObject("emoji").getString("name")).toList());
        assertEquals(List.of(2, 2, 2), buttons.stream().map(b -> b.getInt("type")).toList(), "buttons");
        assertEquals(List.of(3, 2, 4), buttons.stream().map(b -> b.getInt("style")).toList(), "green, grey, red");
    }
}
