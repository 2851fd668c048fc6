package gg.pickban.discord.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import gg.pickban.discord.control.CommandRegistration.Outcome;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pickban's command definitions against what Discord lists: what counts as unchanged. */
class SlashCommandTest {

    /** A command as Discord lists it: ids, versions and localisations added, {@code required: false} left out. */
    private static JsonObject listed(SlashCommand command, long id) {
        JsonObjectBuilder json = Json.createObjectBuilder(command.toJson())
                .add("id", Long.toString(id)).add("application_id", "1100").add("guild_id", "734185035623825559")
                .add("version", "1300000000000000000").addNull("default_member_permissions").add("nsfw", false)
                .addNull("name_localizations").addNull("description_localizations")
                .add("contexts", Json.createArrayBuilder().add(0)).add("integration_types", Json.createArrayBuilder().add(0));
        if (!command.options().isEmpty()) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            command.toJson().getJsonArray("options").forEach(o -> {
                JsonObjectBuilder option = Json.createObjectBuilder(o.asJsonObject()).addNull("name_localizations")
                        .addNull("description_localizations");
                if (!o.asJsonObject().getBoolean("required")) {
                    option.remove("required");
                }
                options.add(option);
            });
            json.add("options", options);
        }
        return json.build();
    }

    private static JsonArray listing(JsonObject... commands) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject command : commands) {
            array.add(command);
        }
        return array.build();
    }

    private static final JsonObject ROLES = listed(SlashCommand.PICKBAN.get(0), 1);
    private static final JsonObject EVENT = listed(SlashCommand.PICKBAN.get(1), 2);

    @Test
    void whatPickbanRegistersIsRolesAndEventWithTwoRequiredStrings() {
        assertEquals(Json.createReader(new StringReader("""
                [{"name": "roles", "type": 1, "description": "Get the link to your Pickban profile, where you set your roles"},
                 {"name": "event", "type": 1, "description": "Schedule an event with RSVP buttons in this channel (Pickban staff only)",
                  "options": [{"type": 3, "name": "name", "description": "The event's name, shown as the announcement's title",
                               "required": true, "max_length": 100},
                              {"type": 3, "name": "description", "description": "What the event is about",
                               "required": true, "max_length": 4000}]}]""")).readArray(),
                SlashCommand.toJson(SlashCommand.PICKBAN));
    }

    @Test
    void discordsListingOfOurCommandsReadsBackEqual() {
        assertEquals(SlashCommand.PICKBAN.get(1), SlashCommand.from(EVENT));
        assertEquals(Outcome.UNCHANGED, CommandRegistration.compare(SlashCommand.PICKBAN, listing(ROLES, EVENT)));
        assertEquals(Outcome.UNCHANGED, CommandRegistration.compare(SlashCommand.PICKBAN, listing(EVENT, ROLES)), "in any order");
    }

    @Test
    void nothingListedIsACreation() {
        assertEquals(Outcome.CREATED, CommandRegistration.compare(SlashCommand.PICKBAN, JsonArray.EMPTY_JSON_ARRAY));
        JsonObject foreign = listed(new SlashCommand("ping", "Pong", List.of()), 3);
        assertEquals(Outcome.CREATED, CommandRegistration.compare(SlashCommand.PICKBAN, listing(foreign)));
    }

    @Test
    void anyDifferenceIsAnUpdate() {
        JsonObject reworded = Json.createObjectBuilder(EVENT).add("description", "Old wording").build();
        JsonObject optional = listed(new SlashCommand("event", SlashCommand.PICKBAN.get(1).description(), List.of(
                new SlashCommand.Option(3, "name", "The event's name, shown as the announcement's title", false, 100),
                SlashCommand.PICKBAN.get(1).options().get(1))), 2);
        JsonObject unlimited = Json.createObjectBuilder(EVENT).add("options", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(EVENT.getJsonArray("options").getJsonObject(0)).remove("max_length"))
                .add(EVENT.getJsonArray("options").getJsonObject(1))).build();
        JsonObject messageCommand = Json.createObjectBuilder(ROLES).add("type", 3).build();
        assertNotEquals(SlashCommand.PICKBAN.get(1), SlashCommand.from(optional));
        for (JsonArray listed : List.of(listing(ROLES, reworded), listing(ROLES, optional), listing(ROLES, unlimited),
                listing(ROLES), listing(messageCommand, EVENT), listing(ROLES, EVENT, listed(new SlashCommand("ping", "Pong", List.of()), 3)),
                listing(ROLES, EVENT, EVENT))) {
            assertEquals(Outcome.UPDATED, CommandRegistration.compare(SlashCommand.PICKBAN, listed), listed.toString());
        }
    }
}
