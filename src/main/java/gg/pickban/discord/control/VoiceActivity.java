package gg.pickban.discord.control;

import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who sits in which voice channel (docs/rules.md §8.2, docs/decisions.md D46): the guild's voice states grouped by
 * channel, for the voice channels (type 2) that have anyone in them, in the guild's channel order.
 */
public final class VoiceActivity {

    static final int VOICE_CHANNEL = 2;

    private VoiceActivity() {
    }

    /** @return {@code {"active_voice_channels": [{"channel_id", "channel_name", "members": [...]}]}} */
    public static JsonObject of(JsonArray channels, JsonObject guild) {
        Map<String, JsonArrayBuilder> membersByChannel = new LinkedHashMap<>();
        JsonValue states = guild.get("voice_states");
        if (states instanceof JsonArray list) {
            for (JsonValue state : list) {
                if (state instanceof JsonObject voice && voice.get("member") instanceof JsonObject member
                        && voice.get("channel_id") != null && voice.get("channel_id").getValueType() == JsonValue.ValueType.STRING) {
                    membersByChannel.computeIfAbsent(voice.getString("channel_id"), id -> Jsonp.createArrayBuilder()).add(member);
                }
            }
        }
        JsonArrayBuilder active = Jsonp.createArrayBuilder();
        for (JsonValue value : channels) {
            if (value instanceof JsonObject channel && channel.getInt("type", -1) == VOICE_CHANNEL
                    && channel.get("id") instanceof JsonString id && membersByChannel.containsKey(id.getString())) {
                active.add(Jsonp.createObjectBuilder()
                        .add("channel_id", id.getString())
                        .add("channel_name", channel.getString("name", ""))
                        .add("members", membersByChannel.get(id.getString())));
            }
        }
        return Jsonp.createObjectBuilder().add("active_voice_channels", active).build();
    }
}
