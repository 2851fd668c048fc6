package gg.pickban.discord.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class VoiceActivityTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonArray array(String text) {
        return Json.createReader(new StringReader(text)).readArray();
    }

    @Test
    void membersAreGroupedByVoiceChannelInChannelOrderAndEmptyChannelsLeftOut() {
        JsonArray channels = array("""
                [{"id": "10", "type": 0, "name": "general"},
                 {"id": "20", "type": 2, "name": "Lobby"},
                 {"id": "30", "type": 2, "name": "Team A"},
                 {"id": "40", "type": 2, "name": "Empty"}]""");
        JsonObject guild = json("""
                {"id": "1", "voice_states": [
                  {"channel_id": "30", "user_id": "2", "member": {"user": {"id": "2", "username": "b"}, "nick": null}},
                  {"channel_id": "20", "user_id": "1", "member": {"user": {"id": "1", "username": "a"}}},
                  {"channel_id": "30", "user_id": "3", "member": {"user": {"id": "3", "username": "c"}}},
                  {"channel_id": "10", "user_id": "4", "member": {"user": {"id": "4", "username": "d"}}},
                  {"channel_id": "20", "user_id": "5"},
                  {"channel_id": null, "user_id": "6", "member": {"user": {"id": "6"}}}]}""");
        assertEquals(json("""
                {"active_voice_channels": [
                  {"channel_id": "20", "channel_name": "Lobby", "members": [{"user": {"id": "1", "username": "a"}}]},
                  {"channel_id": "30", "channel_name": "Team A", "members": [
                    {"user": {"id": "2", "username": "b"}, "nick": null}, {"user": {"id": "3", "username": "c"}}]}]}"""),
                VoiceActivity.of(channels, guild));
    }

    @Test
    void aGuildWithoutVoiceStatesHasNoActiveChannels() {
        assertEquals(json("{\"active_voice_channels\": []}"),
                VoiceActivity.of(array("[{\"id\": \"20\", \"type\": 2, \"name\": \"Lobby\"}]"), json("{\"id\": \"1\"}")));
    }
}
