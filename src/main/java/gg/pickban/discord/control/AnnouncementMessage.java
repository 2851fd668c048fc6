package gg.pickban.discord.control;

import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * An announcement as Discord shows it: the embed (title, description, colour) and, when it takes
 * RSVPs, the current answers as fields, a footer saying how to answer, and the row of buttons. The
 * same rendering is posted by the scheduler and redrawn by every click, so the two never drift.
 */
public final class AnnouncementMessage {

    static final String RSVP_FOOTER = "Answer with a button below; click your answer again to take it back.";
    /** Discord's limits: all text of one embed, and one field's value. */
    static final int EMBED_TEXT_LIMIT = 6000;
    static final int FIELD_VALUE_LIMIT = 1024;

    private AnnouncementMessage() {
    }

    /** @param tally null when the announcement takes no RSVPs */
    public static JsonObject of(long eventId, String title, String description, int color, RsvpTally tally) {
        JsonObjectBuilder message = Jsonp.createObjectBuilder()
                .add("embeds", Jsonp.createArrayBuilder().add(embed(title, description, color, tally)));
        if (tally != null) {
            message.add("components", Jsonp.createArrayBuilder().add(RsvpButton.row(eventId)));
        }
        return message.build();
    }

    static JsonObject embed(String title, String description, int color, RsvpTally tally) {
        JsonObjectBuilder embed = Jsonp.createObjectBuilder().add("title", title);
        if (description != null && !description.isBlank()) {
            embed.add("description", description);
        }
        embed.add("color", color);
        if (tally != null) {
            int used = title.length() + (description == null ? 0 : description.length()) + RSVP_FOOTER.length()
                    + tally.fieldNames().stream().mapToInt(String::length).sum();
            int budget = Math.max(0, Math.min(FIELD_VALUE_LIMIT, (EMBED_TEXT_LIMIT - used) / 3));
            embed.add("fields", tally.fields(budget)).add("footer", Jsonp.createObjectBuilder().add("text", RSVP_FOOTER));
        }
        return embed.build();
    }
}
