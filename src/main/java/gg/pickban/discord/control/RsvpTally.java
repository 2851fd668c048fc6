package gg.pickban.discord.control;

import gg.pickban.discord.entity.Rsvp;
import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Who answered what on one occurrence, in the order they answered, and how the announcement shows
 * it: one inline embed field per answer, "✅ Yes (2)" over the names. Names are escaped so a name
 * with Markdown in it shows as written; a list too long for its field ends in "and N more".
 */
public record RsvpTally(List<String> yes, List<String> maybe, List<String> no) {

    public static final RsvpTally NONE = new RsvpTally(List.of(), List.of(), List.of());
    static final String NOBODY = "—";

    /** @param answers in the order they were given */
    public static RsvpTally of(List<Rsvp> answers) {
        List<String> yes = new ArrayList<>();
        List<String> maybe = new ArrayList<>();
        List<String> no = new ArrayList<>();
        for (Rsvp answer : answers) {
            switch (answer.status()) {
                case Rsvp.YES -> yes.add(answer.discordUsername());
                case Rsvp.MAYBE -> maybe.add(answer.discordUsername());
                default -> no.add(answer.discordUsername());
            }
        }
        return new RsvpTally(List.copyOf(yes), List.copyOf(maybe), List.copyOf(no));
    }

    /** The three field names, for budgeting the embed's length. */
    List<String> fieldNames() {
        return List.of("✅ Yes (" + yes.size() + ")", "❓ Maybe (" + maybe.size() + ")", "❌ No (" + no.size() + ")");
    }

    /** @param valueBudget the most characters one field's value may have */
    public JsonArray fields(int valueBudget) {
        List<String> names = fieldNames();
        List<List<String>> lists = List.of(yes, maybe, no);
        var fields = Jsonp.createArrayBuilder();
        for (int i = 0; i < 3; i++) {
            fields.add(field(names.get(i), names(lists.get(i), valueBudget)));
        }
        return fields.build();
    }

    static String names(List<String> names, int budget) {
        if (names.isEmpty()) {
            return NOBODY;
        }
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String next = (i == 0 ? "" : ", ") + escape(names.get(i));
            int after = names.size() - i - 1;
            String tail = after > 0 ? " and " + after + " more" : "";
            if (value.length() + next.length() + tail.length() > budget) {
                return i == 0 ? names.size() + " people" : value + " and " + (names.size() - i) + " more";
            }
            value.append(next);
        }
        return value.toString();
    }

    static String escape(String name) {
        return name.replaceAll("([\\\\*_~`|>\\[\\]()#-])", "\\\\$1");
    }

    private static JsonObject field(String name, String value) {
        return Jsonp.createObjectBuilder().add("name", name).add("value", value).add("inline", true).build();
    }
}
