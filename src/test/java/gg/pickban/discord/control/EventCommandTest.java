package gg.pickban.discord.control;

import static gg.pickban.discord.control.InteractionTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.discord.control.EventCommand.Request;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The options of {@code /event}: both required strings, within the columns they fill. */
class EventCommandTest {

    private static Optional<Request> request(String options) {
        return Request.of(parse("""
                {"id": "1300", "type": 2, "channel_id": "55", "data": {"name": "event", "options": %s}}""".formatted(options)));
    }

    private static String option(String name, String value) {
        return "{\"name\": \"" + name + "\", \"type\": 3, \"value\": \"" + value + "\"}";
    }

    @Test
    void aNameAndADescriptionMakeAnEventForTheChannel() {
        assertEquals(Optional.of(new Request("Inhouse night", "Bring snacks", "55")),
                request("[" + option("name", " Inhouse night ") + ", " + option("description", "Bring snacks") + "]"));
        assertEquals(Optional.of(new Request("n".repeat(100), "d".repeat(4000), "55")),
                request("[" + option("name", "n".repeat(100)) + ", " + option("description", "d".repeat(4000)) + "]"));
    }

    @Test
    void missingEmptyWrongOrTooLongOptionsAreRefused() {
        for (String options : new String[] {"[]", "[" + option("name", "Inhouse") + "]", "[" + option("description", "x") + "]",
                "[" + option("name", "  ") + ", " + option("description", "x") + "]",
                "[" + option("name", "n".repeat(101)) + ", " + option("description", "x") + "]",
                "[" + option("name", "x") + ", " + option("description", "d".repeat(4001)) + "]",
                "[{\"name\": \"name\", \"type\": 4, \"value\": 5}, " + option("description", "x") + "]", "\"name\""}) {
            assertEquals(Optional.empty(), request(options), options);
        }
        assertEquals(Optional.empty(), Request.of(parse("""
                {"id": "1300", "type": 2, "data": {"name": "event", "options": [%s, %s]}}""".formatted(option("name", "a"),
                option("description", "b")))), "no channel");
    }
}
