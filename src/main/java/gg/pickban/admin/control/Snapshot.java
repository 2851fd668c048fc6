package gg.pickban.admin.control;

import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An object's fields as the audit log keeps them: names to plain values (text, numbers, booleans,
 * instants, null), in a stable order, stored as one JSON object.
 */
public final class Snapshot {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public Snapshot with(String field, Object value) {
        fields.put(field, value instanceof Instant instant ? instant.toString() : value);
        return this;
    }

    public String json() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder();
        fields.forEach((field, value) -> {
            if (value == null) {
                json.addNull(field);
            } else if (value instanceof Boolean b) {
                json.add(field, b);
            } else if (value instanceof Integer i) {
                json.add(field, i);
            } else if (value instanceof Long l) {
                json.add(field, l);
            } else {
                json.add(field, value.toString());
            }
        });
        return json.build().toString();
    }

    /**
     * What changed, one line per field: {@code field: before → after}; a creation lists what was set,
     * a deletion what was there. Text that is not a JSON object (cut at its column's length) is shown as it is.
     */
    public static List<String> changes(String before, String after) {
        JsonObject old = parse(before);
        JsonObject now = parse(after);
        List<String> lines = new ArrayList<>();
        if ((before != null && old == null) || (after != null && now == null)) {
            lines.add((before == null ? "" : before) + " → " + (after == null ? "" : after));
            return lines;
        }
        Set<String> names = new LinkedHashSet<>();
        if (old != null) {
            names.addAll(old.keySet());
        }
        if (now != null) {
            names.addAll(now.keySet());
        }
        for (String name : names) {
            String was = old == null ? null : text(old.get(name));
            String is = now == null ? null : text(now.get(name));
            if (old == null) {
                lines.add(name + ": " + is);
            } else if (now == null) {
                lines.add(name + ": " + was);
            } else if (!was.equals(is)) {
                lines.add(name + ": " + was + " → " + is);
            }
        }
        return lines;
    }

    private static JsonObject parse(String text) {
        if (text == null) {
            return null;
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String text(JsonValue value) {
        if (value == null) {
            return "(none)";
        }
        return switch (value.getValueType()) {
            case NULL -> "(empty)";
            case STRING -> "\"" + ((JsonString) value).getString() + "\"";
            default -> value.toString();
        };
    }
}
