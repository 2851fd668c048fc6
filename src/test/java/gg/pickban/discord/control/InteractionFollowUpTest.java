package gg.pickban.discord.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Which webhook call finishes a deferred interaction. */
class InteractionFollowUpTest {

    private static final JsonObject REDRAWN = Json.createObjectBuilder().add("embeds", Json.createArrayBuilder()).build();

    @Test
    void aDeferredClicksRedrawnMessageEditsTheClickedMessage() {
        InteractionFollowUp followUp = InteractionFollowUp.after(Interaction.MESSAGE_COMPONENT, InteractionAnswer.updateMessage(REDRAWN));
        assertEquals(new InteractionFollowUp(true, REDRAWN), followUp);
    }

    @Test
    void aNoteToTheClickerIsANewEphemeralMessageNeverAnEditOfTheAnnouncement() {
        InteractionFollowUp followUp = InteractionFollowUp.after(Interaction.MESSAGE_COMPONENT, InteractionAnswer.ephemeral("Sorry"));
        assertEquals(new InteractionFollowUp(false, Json.createObjectBuilder().add("content", "Sorry").add("flags", 64).build()),
                followUp);
    }

    @Test
    void aDeferredCommandsAnswerReplacesTheThinking() {
        InteractionFollowUp followUp = InteractionFollowUp.after(Interaction.APPLICATION_COMMAND, InteractionAnswer.ephemeral("Scheduled"));
        assertEquals(new InteractionFollowUp(true, Json.createObjectBuilder().add("content", "Scheduled").build()), followUp,
                "the deferral made it ephemeral already");
    }

    @Test
    void deferralsAreSilentForClicksAndEphemeralForCommands() {
        assertEquals("{\"type\":6}", InteractionAnswer.deferral(Interaction.MESSAGE_COMPONENT).toJson().toString());
        assertEquals("{\"type\":5,\"data\":{\"flags\":64}}", InteractionAnswer.deferral(Interaction.APPLICATION_COMMAND).toJson().toString());
    }
}
