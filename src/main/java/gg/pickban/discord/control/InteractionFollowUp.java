package gg.pickban.discord.control;

import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonObject;

/**
 * How a deferred interaction gets its real answer through the interaction's webhook: by editing the
 * original response ({@code PATCH …/messages/@original}) or by a new follow-up message
 * ({@code POST}). After a click's deferral the original response is the clicked message itself, so
 * only a message update may edit it; a note to the clicker goes out as an ephemeral follow-up. After
 * a command's deferral the original is the invoker's "thinking…", which the answer replaces.
 */
public record InteractionFollowUp(boolean editsOriginal, JsonObject message) {

    public static InteractionFollowUp after(int interactionType, InteractionAnswer answer) {
        JsonObject data = answer.data() == null ? JsonObject.EMPTY_JSON_OBJECT : answer.data();
        if (answer.type() == InteractionAnswer.UPDATE_MESSAGE) {
            return new InteractionFollowUp(true, data);
        }
        if (interactionType == Interaction.MESSAGE_COMPONENT) {
            return new InteractionFollowUp(false, data);
        }
        // an edit keeps the flags the deferral set; Discord refuses to change them
        return new InteractionFollowUp(true, Jsonp.createObjectBuilder(data).remove("flags").build());
    }
}
