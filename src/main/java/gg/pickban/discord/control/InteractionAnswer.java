package gg.pickban.discord.control;

import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The first answer to an interaction, Discord's "interaction response": a {@code type} and the
 * message {@code data} it carries (null for a ping's pong and a silent deferral).
 */
public record InteractionAnswer(int type, JsonObject data) {

    public static final int PONG = 1;
    public static final int CHANNEL_MESSAGE = 4;
    public static final int DEFERRED_CHANNEL_MESSAGE = 5;
    public static final int DEFERRED_UPDATE_MESSAGE = 6;
    public static final int UPDATE_MESSAGE = 7;
    /** Message flag: only the invoker sees it. */
    public static final int EPHEMERAL = 64;

    public static InteractionAnswer pong() {
        return new InteractionAnswer(PONG, null);
    }

    /** A message only the invoker sees. */
    public static InteractionAnswer ephemeral(String content) {
        return new InteractionAnswer(CHANNEL_MESSAGE, Jsonp.createObjectBuilder().add("content", content).add("flags", EPHEMERAL).build());
    }

    /** Replaces the message whose component was clicked. */
    public static InteractionAnswer updateMessage(JsonObject message) {
        return new InteractionAnswer(UPDATE_MESSAGE, message);
    }

    /** Interaction types Pickban has nothing for (autocomplete, future ones). */
    public static InteractionAnswer unknownType() {
        return new InteractionAnswer(CHANNEL_MESSAGE, Jsonp.createObjectBuilder().add("content", "Unknown interaction type").build());
    }

    /**
     * "Working on it": a click leaves its message as it is for now, a command shows "thinking…" to
     * the invoker only (every command answer of Pickban is ephemeral, and a deferral fixes that).
     */
    public static InteractionAnswer deferral(int interactionType) {
        if (interactionType == Interaction.MESSAGE_COMPONENT) {
            return new InteractionAnswer(DEFERRED_UPDATE_MESSAGE, null);
        }
        return new InteractionAnswer(DEFERRED_CHANNEL_MESSAGE, Jsonp.createObjectBuilder().add("flags", EPHEMERAL).build());
    }

    public JsonObject toJson() {
        JsonObjectBuilder answer = Jsonp.createObjectBuilder().add("type", type);
        if (data != null) {
            answer.add("data", data);
        }
        return answer.build();
    }
}
