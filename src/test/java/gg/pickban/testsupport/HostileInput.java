package gg.pickban.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A corpus of malformed and hostile request parts: whole bodies that are not what any endpoint
 * wants, objects whose every known field holds the same hostile value, bad path and query values.
 * Field names are read from the application's sources (what its endpoints look up), so new fields
 * are covered without touching the corpus.
 */
public final class HostileInput {

    private static final Pattern FIELD_LOOKUP = Pattern.compile(
            "\\.(?:field|has|bool|datetime|get|getString|getInt|getJsonNumber|getJsonObject|getJsonArray|getBoolean|containsKey|isNull)"
                    + "\\(\"([A-Za-z_][A-Za-z0-9_]{0,40})\"");

    private HostileInput() {
    }

    public record Body(String name, String contentType, String text) {
    }

    public static List<Body> bodies() {
        List<Body> bodies = new ArrayList<>();
        bodies.add(new Body("truncated", "application/json", "{\"a\": "));
        bodies.add(new Body("list", "application/json", "[1, 2]"));
        bodies.add(new Body("string", "application/json", "\"text\""));
        bodies.add(new Body("number", "application/json", "42"));
        bodies.add(new Body("null", "application/json", "null"));
        bodies.add(new Body("nested arrays 5000", "application/json", "[".repeat(5000) + "]".repeat(5000)));
        bodies.add(new Body("nested objects 5000", "application/json", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
        bodies.add(new Body("long number", "application/json", "{\"a\": " + "9".repeat(5000) + "}"));
        bodies.add(new Body("huge exponent", "application/json", "{\"a\": 1e999999999}"));
        bodies.add(new Body("duplicate keys", "application/json", "{\"a\": 1, \"a\": 2}"));
        bodies.add(new Body("bad escape", "application/json", "{\"a\": \"\\uZZZZ\"}"));
        bodies.add(new Body("bad percent form", "application/x-www-form-urlencoded", "x=%zz&y=%&%=1"));
        bodies.add(new Body("text", "text/plain", "hello"));
        bodies.add(new Body("xml", "application/xml", "<a/>"));
        bodies.add(new Body("bad charset", "application/json; charset=bogus-8", "{}"));
        bodies.add(new Body("multipart without boundary", "multipart/form-data", "--x\r\n"));
        for (Map.Entry<String, String> value : values().entrySet()) {
            bodies.add(new Body("every field " + value.getKey(), "application/json", everyField(value.getValue())));
            if (!value.getValue().startsWith("[") && !value.getValue().startsWith("{")) {
                bodies.add(new Body("every field as form " + value.getKey(), "application/x-www-form-urlencoded",
                        everyFieldAsForm(value.getValue())));
            }
        }
        return bodies;
    }

    /** JSON values of each hostile kind. */
    public static Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("huge integer", "1" + "0".repeat(1200));
        values.put("huge exponent", "1e999999999");
        values.put("max long + 1", "9223372036854775808");
        values.put("negative", "-5");
        values.put("zero", "0");
        values.put("fraction", "1.5");
        values.put("NUL string", "\"a\\u0000b\"");
        values.put("long string", "\"" + "x".repeat(3000) + "\"");
        values.put("empty string", "\"\"");
        values.put("numeric string overflow", "\"99999999999999999999\"");
        values.put("object", "{\"a\": {\"b\": []}}");
        values.put("array", "[1, \"2\", null]");
        values.put("true", "true");
        values.put("null", "null");
        values.put("deep array", "[".repeat(1100) + "]".repeat(1100));
        return values;
    }

    /** Path parameter values that are not a usable id. */
    public static List<String> pathValues() {
        return List.of("0", "99999999999999999999", "9223372036854775807", "%00", "-1", "1%2F1");
    }

    /** Query values, already URL-encoded. */
    public static List<String> queryValues() {
        return List.of("", "%00", "a%00b", "-1", "99999999999999999999", "abc", "x".repeat(3000), "%zz", "1e999999999");
    }

    public static List<String> fieldNames() {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher lookup = FIELD_LOOKUP.matcher(Files.readString(source));
                while (lookup.find()) {
                    names.add(lookup.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }

    private static String everyField(String value) {
        StringBuilder body = new StringBuilder("{");
        for (String name : fieldNames()) {
            body.append(body.length() > 1 ? ", " : "").append('"').append(name).append("\": ").append(value);
        }
        return body.append('}').toString();
    }

    private static String everyFieldAsForm(String value) {
        String plain = value.startsWith("\"") ? value.substring(1, value.length() - 1).replace("\\u0000", "%00") : value;
        StringBuilder body = new StringBuilder();
        for (String name : fieldNames()) {
            body.append(body.length() > 0 ? "&" : "").append(name).append('=').append(plain);
        }
        return body.toString();
    }
}
