package gg.pickban.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The routes an instance actually serves, as its {@code /openapi} document lists them (Payara builds
 * it from the deployed resources), so tests over every route cover new endpoints without a change.
 */
public final class DeployedRoutes {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private DeployedRoutes() {
    }

    /** One operation: method, path template ({@code /api/users/{pk: [0-9]+}}), its path and query parameter names. */
    public record Operation(String method, String template, List<String> pathParameters, List<String> queryParameters) {

        /** The path with every parameter replaced by {@code value}, always ending with a slash. */
        public String path(String value) {
            String path = template.replaceAll("\\{[^}]*}", value);
            return path.endsWith("/") ? path : path + "/";
        }

        public boolean readsBody() {
            return !method.equals("GET") && !method.equals("DELETE");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    public static List<Operation> of(AppProcess app) {
        Reply reply = app.api().header("Accept", "application/json").get("/openapi");
        if (reply.status() != 200) {
            throw new IllegalStateException("/openapi answered " + reply);
        }
        JsonObject paths;
        try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                List<String> inPath = new ArrayList<>();
                List<String> inQuery = new ArrayList<>();
                List<String> templates = List.of(path.getKey());
                for (JsonValue parameter : operation.getValue().asJsonObject().getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY)
                        .asJsonArray()) {
                    JsonObject p = parameter.asJsonObject();
                    JsonArray choices = p.containsKey("schema") ? p.getJsonObject("schema").getJsonArray("enum") : null;
                    if (p.getString("in").equals("path") && choices != null) {
                        // a path segment with fixed alternatives ({role: admins|staff}) is one route per alternative
                        String name = "{" + p.getString("name") + "}";
                        templates = templates.stream().flatMap(t -> choices.getValuesAs(JsonString.class).stream()
                                .map(choice -> t.replace(name, choice.getString()))).toList();
                    } else {
                        (p.getString("in").equals("path") ? inPath : inQuery).add(p.getString("name"));
                    }
                }
                for (String template : templates) {
                    operations.add(new Operation(operation.getKey().toUpperCase(), template, inPath, inQuery));
                }
            }
        }
        return operations;
    }
}
