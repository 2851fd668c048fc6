package gg.pickban.platform.control;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The text of a request body read into the JSON object every endpoint coerces (docs/api.md §2, request bodies).
 * Whatever the text holds, the outcome is the object, {@link MalformedBody} or {@link FieldErrors}
 * (a JSON value that is no object): never another exception, so never a 5xx (D2).
 */
public final class BodyParser {

    private BodyParser() {
    }

    public static JsonObject json(String text) {
        JsonValue value;
        try (JsonReader reader = Jsonp.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new MalformedBody("JSON parse error - " + e.getMessage());
        } catch (JsonException e) {
            throw new MalformedBody("JSON parse error - invalid JSON");
        } catch (UnsupportedOperationException e) {
            // Parsson refuses number literals of more than 1,100 characters this way
            throw new MalformedBody("JSON parse error - number too long");
        } catch (RuntimeException e) {
            // and nesting deeper than 1,000 levels with a bare RuntimeException
            throw new MalformedBody("JSON parse error - nested too deeply");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new FieldErrors(Map.of(Input.NON_FIELD_ERRORS,
                    List.of("Invalid data. Expected a dictionary, but got " + PythonText.typeName(value) + ".")));
        }
        return value.asJsonObject();
    }

    /** {@code application/x-www-form-urlencoded}: every field a string member, the last of a repeated name winning. */
    public static JsonObject form(String text) {
        JsonObjectBuilder builder = Jsonp.createObjectBuilder();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            builder.add(decoded(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decoded(pair.substring(eq + 1)));
        }
        return builder.build();
    }

    private static String decoded(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            throw new MalformedBody("Form data parse error - invalid percent-encoding");
        }
    }
}
