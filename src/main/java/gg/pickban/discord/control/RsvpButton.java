package gg.pickban.discord.control;

import gg.pickban.discord.entity.Rsvp;
import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the three RSVP buttons under an announcement. Its {@code custom_id} is
 * {@code rsvp:<scheduled event id>:<yes|maybe|no>}: the occurrence does not exist yet when the
 * message is posted (it is recorded with the id the post returns), so a click finds its occurrence
 * by the clicked message's id, and the event id only confirms it is the same announcement.
 */
public record RsvpButton(long eventId, String status) {

    private static final Pattern CUSTOM_ID = Pattern.compile("rsvp:([0-9]{1,18}):(yes|maybe|no)");
    private static final int SUCCESS = 3;
    private static final int SECONDARY = 2;
    private static final int DANGER = 4;

    public static Optional<RsvpButton> parse(String customId) {
        Matcher matcher = customId == null ? null : CUSTOM_ID.matcher(customId);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RsvpButton(Long.parseLong(matcher.group(1)), matcher.group(2)));
    }

    public String customId() {
        return "rsvp:" + eventId + ":" + status;
    }

    /** The action row: ✅ Yes, ❓ Maybe, ❌ No. */
    public static JsonObject row(long eventId) {
        return Jsonp.createObjectBuilder().add("type", 1).add("components", Jsonp.createArrayBuilder()
                .add(new RsvpButton(eventId, Rsvp.YES).toJson(SUCCESS, "Yes", "✅"))
                .add(new RsvpButton(eventId, Rsvp.MAYBE).toJson(SECONDARY, "Maybe", "❓"))
                .add(new RsvpButton(eventId, Rsvp.NO).toJson(DANGER, "No", "❌"))).build();
    }

    private JsonObject toJson(int style, String label, String emoji) {
        return Jsonp.createObjectBuilder().add("type", 2).add("style", style).add("label", label)
                .add("emoji", Jsonp.createObjectBuilder().add("name", emoji)).add("custom_id", customId()).build();
    }
}
