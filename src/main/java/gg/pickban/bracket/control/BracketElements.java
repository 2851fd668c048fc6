package gg.pickban.bracket.control;

import gg.pickban.bracket.entity.BracketElement;
import gg.pickban.platform.control.FieldErrors;
import gg.pickban.platform.control.Input;
import gg.pickban.platform.control.PythonText;
import gg.pickban.tournament.entity.Game;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code matches} of a bracket save (docs/rules.md §6.1): the camelCase keys the editor
 * keeps, DRF-style coercion, every problem reported as {@code {"matches": ["<element id>: <message>"]}}.
 */
public final class BracketElements {

    private BracketElements() {
    }

    public static List<BracketElement> read(JsonObject body) {
        JsonValue matches = body.get("matches");
        if (matches == null) {
            throw FieldErrors.of("matches", "This field is required.");
        }
        if (matches.getValueType() != JsonValue.ValueType.ARRAY) {
            throw FieldErrors.of("matches", "Expected a list of items but got type \"" + PythonText.typeName(matches) + "\".");
        }
        List<String> problems = new ArrayList<>();
        List<BracketElement> elements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonValue value : matches.asJsonArray()) {
            String label = "#" + index++;
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(label + ": Invalid data. Expected a dictionary, but got " + PythonText.typeName(value) + ".");
                continue;
            }
            Input in = Input.of(value.asJsonObject());
            String id = in.field("id").required().string();
            if (id != null && !ids.add(id)) {
                problems.add(id + ": id is used by more than one match.");
            }
            BracketElement element = element(in, id);
            in.errors().forEach((field, messages) -> problems.add((id == null ? label : id) + ": " + field + ": " + first(messages)));
            if (in.isValid() && id != null) {
                elements.add(element);
            }
        }
        if (!problems.isEmpty()) {
            throw new FieldErrors(Map.of("matches", problems));
        }
        return elements;
    }

    private static BracketElement element(Input in, String id) {
        return new BracketElement(id,
                in.field("gameId").nullable().pk(),
                orDefault(in.field("round").min(1).integer(), 1),
                orDefault(in.field("position").min(0).integer(), 0),
                orDefault(in.field("bracketType").choice(Game.BRACKET_TYPES), "winners"),
                orDefault(in.field("eliminationType").choice(Game.ELIMINATION_TYPES), "double"),
                orDefault(in.field("status").choice(Game.STATUSES), "pending"),
                teamPk(in, "radiantTeam"),
                teamPk(in, "direTeam"),
                in.field("winner").nullable().choice(Game.SLOTS),
                in.field("nextMatchId").nullable().allowBlank().string(),
                in.field("nextMatchSlot").nullable().choice(Game.SLOTS),
                in.field("loserNextMatchId").nullable().allowBlank().string(),
                in.field("loserNextMatchSlot").nullable().choice(Game.SLOTS),
                orDefault(in.field("swissRecordWins").min(0).integer(), 0),
                orDefault(in.field("swissRecordLosses").min(0).integer(), 0),
                in.json().get("steamMatchId") instanceof JsonNumber n && n.isIntegral() ? n.longValue() : null);
    }

    /** A team is sent as an object with its pk (or, leniently, the bare pk); null or absent = no team. */
    private static Long teamPk(Input in, String key) {
        JsonValue value = in.json().get(key);
        if (value instanceof JsonObject team) {
            Input nested = Input.of(team);
            Long pk = nested.field("pk").required().pk();
            nested.errors().forEach((field, messages) -> in.error(key, field + ": " + first(messages)));
            return pk;
        }
        return in.field(key).nullable().pk();
    }

    private static String first(Object messages) {
        return messages instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : String.valueOf(messages);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
