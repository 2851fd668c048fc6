package gg.pickban.discord.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InteractionTest {

    static Interaction parse(String json) {
        return Interaction.from(Json.createReader(new StringReader(json)).readObject());
    }

    @Test
    void aGuildCommandNamesItsMemberAndOptions() {
        Interaction event = parse("""
                {"id": "1300", "application_id": "1100", "type": 2, "token": "tok", "guild_id": "7", "channel_id": "55",
                 "member": {"nick": "Cap", "user": {"id": "42", "username": "captain", "global_name": "The Captain"}},
                 "data": {"name": "event", "options": [{"name": "name", "type": 3, "value": "Inhouse"},
                                                      {"name": "count", "type": 4, "value": 3}]}}""");
        assertEquals(new Interaction("1300", "1100", "tok", 2, "55", "42", "Cap", null, event.data()), event);
        assertEquals(Optional.of("event"), event.commandName());
        assertEquals(Optional.of("Inhouse"), event.stringOption("name"));
        assertEquals(Optional.empty(), event.stringOption("count"), "not a string");
        assertEquals(Optional.empty(), event.stringOption("description"));
        assertEquals(Optional.empty(), event.customId());
    }

    @Test
    void theNameIsTheNicknameThenTheGlobalNameThenTheUsername() {
        assertEquals("The Captain", parse("""
                {"type": 2, "member": {"nick": null, "user": {"id": "42", "username": "captain", "global_name": "The Captain"}}}""")
                .invokerName());
        assertEquals("captain", parse("""
                {"type": 2, "member": {"user": {"id": "42", "username": "captain", "global_name": " "}}}""").invokerName());
    }

    @Test
    void inADirectMessageTheInvokerIsTheUser() {
        Interaction dm = parse("""
                {"type": 2, "user": {"id": "43", "username": "solo"}, "data": {"name": "roles"}}""");
        assertEquals("43", dm.invokerId());
        assertEquals("solo", dm.invokerName());
    }

    @Test
    void aClickNamesItsButtonAndMessage() {
        Interaction click = parse("""
                {"id": "1301", "type": 3, "message": {"id": "999888777", "channel_id": "55"},
                 "member": {"user": {"id": "42", "username": "captain"}}, "data": {"custom_id": "rsvp:12:yes", "component_type": 2}}""");
        assertEquals(Optional.of("rsvp:12:yes"), click.customId());
        assertEquals("999888777", click.messageId());
        assertEquals(Optional.empty(), click.commandName());
    }

    @Test
    void malformedPartsAreMissingNotErrors() {
        Interaction odd = parse("""
                {"id": 1300, "type": "2", "member": {"user": "42"}, "message": {"id": "not-a-snowflake"},
                 "channel_id": "12345678901234567890123", "data": ["event"]}""");
        assertNull(odd.id());
        assertEquals(-1, odd.type());
        assertNull(odd.invokerId());
        assertNull(odd.messageId());
        assertNull(odd.channelId());
        assertEquals(JsonObject.EMPTY_JSON_OBJECT, odd.data());
        assertEquals(Optional.empty(), parse("""
                {"type": 2, "data": {"name": "event", "options": {"name": "x"}}}""").stringOption("name"));
        assertEquals(-1, parse("{\"type\": 2.5}").type());
    }
}
