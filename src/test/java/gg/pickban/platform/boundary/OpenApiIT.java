package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestRouteCatalog;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code /openapi} document is complete: every route the resource classes declare (their JAX-RS
 * annotations, inherited methods included; the test routes too, since the shared instance deploys them)
 * is listed with its method, a declared tag, a summary, a success and a client-error answer; the session
 * cookie and the CSRF header are its security schemes. With the test flag off the test routes are not
 * listed ({@code HiddenTestRoutesIT}, which boots that instance).
 */
@ExtendWith(SharedApp.class)
class OpenApiIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyDeclaredRouteIsDocumentedWithTagSummaryAndAnswers(AppProcess app) {
        JsonObject document = document(app);
        JsonObject paths = document.getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream().filter(METHODS::contains)
                .forEach(method -> documented.add(method.toUpperCase() + " " + concrete(path))));

        Set<String> declared = TestRouteCatalog.routes().stream().map(r -> r.method() + " " + r.path())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(declared.size() > 140, "routes declared: " + declared.size());
        Set<String> undocumented = new TreeSet<>(declared);
        undocumented.removeAll(documented);
        assertEquals(Set.of(), undocumented, "deployed but not in /openapi");
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(declared);
        assertEquals(Set.of(), unknown, "in /openapi but not deployed");

        Set<String> tags = document.getJsonArray("tags").stream().map(t -> t.asJsonObject().getString("name"))
                .collect(Collectors.toSet());
        List<String> incomplete = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (METHODS.contains(method)) {
                String problem = problem(value.asJsonObject(), tags);
                if (problem != null) {
                    incomplete.add(method.toUpperCase() + " " + path + ": " + problem);
                }
            }
        }));
        assertEquals(List.of(), incomplete);
    }

    @Test
    void theDocumentNamesTheApiItsSecurityAndItsErrorShapes(AppProcess app) {
        JsonObject document = document(app);
        assertEquals("Pickban API", document.getJsonObject("info").getString("title"));
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals(Map.of("type", "apiKey", "in", "cookie", "name", "sessionid"), strings(schemes.getJsonObject("session")));
        assertEquals(Map.of("type", "apiKey", "in", "header", "name", "X-CSRFToken"), strings(schemes.getJsonObject("csrf")));
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertTrue(schemas.getJsonObject("Detail").getJsonObject("properties").containsKey("detail"));
        assertTrue(schemas.getJsonObject("Error").getJsonObject("properties").containsKey("error"));
        assertTrue(schemas.getJsonObject("LeagueFull").getJsonObject("properties").containsKey("steam_league_id"),
                "properties carry the names JSON-B writes");
        assertTrue(schemas.getJsonObject("UserMini").getJsonObject("properties").containsKey("discordId"),
                "…and the ones the records name themselves");
        assertTrue(document.getJsonObject("paths").containsKey("/api/leagues/{pk}/"), "paths as clients spell them");
        String forbidden = document.getJsonObject("paths").getJsonObject("/api/leagues/{pk}/").getJsonObject("delete")
                .getJsonObject("responses").getJsonObject("403").getString("$ref");
        assertEquals("#/components/responses/Forbidden", forbidden);
    }

    private static String problem(JsonObject operation, Set<String> declaredTags) {
        if (!operation.containsKey("tags") || operation.getJsonArray("tags").isEmpty()) {
            return "no tag";
        }
        for (JsonValue tag : operation.getJsonArray("tags")) {
            if (!declaredTags.contains(((JsonString) tag).getString())) {
                return "tag " + tag + " is not declared";
            }
        }
        if (operation.getString("summary", "").isBlank()) {
            return "no summary";
        }
        Set<String> codes = operation.getJsonObject("responses").keySet();
        if (codes.stream().noneMatch(c -> c.startsWith("2") || c.startsWith("3"))) {
            return "no success answer: " + codes;
        }
        if (codes.stream().noneMatch(c -> c.startsWith("4"))) {
            return "no client error answer: " + codes;
        }
        return null;
    }

    private static JsonObject document(AppProcess app) {
        Reply reply = app.api().header("Accept", "application/json").get("/openapi");
        assertEquals(200, reply.status(), reply.toString());
        return reply.object();
    }

    /** The path with every parameter replaced by 1, ending with a slash, as {@link TestRouteCatalog} writes them. */
    private static String concrete(String template) {
        String path = template.replaceAll("\\{[^}]*}", "1").replaceAll("/+", "/");
        return path.endsWith("/") ? path : path + "/";
    }

    private static Map<String, String> strings(JsonObject object) {
        return object.entrySet().stream().filter(e -> e.getValue() instanceof JsonString && !e.getKey().equals("description"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((JsonString) e.getValue()).getString()));
    }
}
