package gg.pickban.discord.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parts of a Discord interaction Pickban acts on, read leniently: whatever is missing or of the
 * wrong JSON type is null, so a malformed interaction gets a polite answer instead of an error.
 * The invoker is {@code member.user} in a guild and {@code user} in a direct message; their name is
 * the one the guild shows (nickname, then global name, then username).
 */
public record Interaction(String id, String applicationId, String token, int type, String channelId,
        String invokerId, String invokerName, String messageId, JsonObject data) {

    public static final int PING = 1;
    public static final int APPLICATION_COMMAND = 2;
    public static final int MESSAGE_COMPONENT = 3;
    public static final int MODAL_SUBMIT = 5;

    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");

    public static Interaction from(JsonObject json) {
        JsonObject member = object(json, "member");
        JsonObject user = member != null && object(member, "user") != null ? object(member, "user") : object(json, "user");
        String name = null;
        if (user != null) {
            name = firstNonBlank(member == null ? null : text(member, "nick"), text(user, "global_name"), text(user, "username"));
        }
        JsonObject message = object(json, "message");
        JsonObject data = object(json, "data");
        return new Interaction(snowflake(text(json, "id")), snowflake(text(json, "application_id")), text(json, "token"),
                json.get("type") instanceof JsonNumber number && number.isIntegral() ? number.intValue() : -1,
                snowflake(text(json, "channel_id")), user == null ? null : snowflake(text(user, "id")), name,
                message == null ? null : snowflake(text(message, "id")), data == null ? JsonValue.EMPTY_JSON_OBJECT : data);
    }

    /** The slash command's name, for an application command. */
    public Optional<String> commandName() {
        return type == APPLICATION_COMMAND ? Optional.ofNullable(text(data, "name")) : Optional.empty();
    }

    /** The clicked component's {@code custom_id}, for a message component. */
    public Optional<String> customId() {
        return type == MESSAGE_COMPONENT ? Optional.ofNullable(text(data, "custom_id")) : Optional.empty();
    }

    /** A string option of the command by name; empty when absent or not a string. */
    public Optional<String> stringOption(String name) {
        if (!(data.get("options") instanceof JsonArray options)) {
            return Optional.empty();
        }
        for (JsonValue option : options) {
            if (option instanceof JsonObject object && name.equals(text(object, "name"))) {
                return Optional.ofNullable(text(object, "value"));
            }
        }
        return Optional.empty();
    }

    private static JsonObject object(JsonObject json, String key) {
        return json.get(key) instanceof JsonObject object ? object : null;
    }

    private static String text(JsonObject json, String key) {
        return json.get(key) instanceof JsonString string ? string.getString() : null;
    }

    private static String snowflake(String text) {
        return text != null && SNOWFLAKE.matcher(text).matches() ? text : null;
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
