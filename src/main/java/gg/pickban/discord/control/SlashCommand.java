package gg.pickban.discord.control;

import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat-input slash command as Pickban defines it, and as read back from Discord's listing: only
 * the parts Pickban sets take part in the comparison (Discord adds ids, versions, localisations and
 * leaves out {@code required: false}), so an unchanged command compares equal.
 */
public record SlashCommand(String name, String description, List<Option> options) {

    static final int CHAT_INPUT = 1;
    static final int STRING = 3;

    /** One option; {@code maxLength} null when unlimited. */
    public record Option(int type, String name, String description, boolean required, Integer maxLength) {

        static Option requiredString(String name, String description, int maxLength) {
            return new Option(STRING, name, description, true, maxLength);
        }

        JsonObject toJson() {
            JsonObjectBuilder option = Jsonp.createObjectBuilder().add("type", type).add("name", name)
                    .add("description", description).add("required", required);
            if (maxLength != null) {
                option.add("max_length", maxLength);
            }
            return option.build();
        }

        static Option from(JsonObject json) {
            return new Option(number(json.get("type"), 0), text(json.get("name")), text(json.get("description")),
                    json.get("required") == JsonValue.TRUE,
                    json.get("max_length") instanceof JsonNumber max ? max.intValue() : null);
        }
    }

    /** What Pickban registers in the community's guild. */
    public static final List<SlashCommand> PICKBAN = List.of(
            new SlashCommand("roles", "Get the link to your Pickban profile, where you set your roles", List.of()),
            new SlashCommand("event", "Schedule an event with RSVP buttons in this channel (Pickban staff only)", List.of(
                    Option.requiredString("name", "The event's name, shown as the announcement's title", EventCommand.NAME_LIMIT),
                    Option.requiredString("description", "What the event is about", EventCommand.DESCRIPTION_LIMIT))));

    public JsonObject toJson() {
        JsonArrayBuilder json = Jsonp.createArrayBuilder();
        options.forEach(option -> json.add(option.toJson()));
        JsonObjectBuilder command = Jsonp.createObjectBuilder().add("name", name).add("type", CHAT_INPUT).add("description", description);
        if (!options.isEmpty()) {
            command.add("options", json);
        }
        return command.build();
    }

    /** A command of Discord's listing, reduced to what Pickban defines; another type than chat input keeps a null name. */
    public static SlashCommand from(JsonObject json) {
        List<Option> options = new ArrayList<>();
        if (json.get("options") instanceof JsonArray listed) {
            listed.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).map(Option::from).forEach(options::add);
        }
        String name = number(json.get("type"), CHAT_INPUT) == CHAT_INPUT ? text(json.get("name")) : null;
        return new SlashCommand(name, text(json.get("description")), List.copyOf(options));
    }

    public static JsonArray toJson(List<SlashCommand> commands) {
        JsonArrayBuilder json = Jsonp.createArrayBuilder();
        commands.forEach(command -> json.add(command.toJson()));
        return json.build();
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static int number(JsonValue value, int absent) {
        return value instanceof JsonNumber number ? number.intValue() : absent;
    }
}
