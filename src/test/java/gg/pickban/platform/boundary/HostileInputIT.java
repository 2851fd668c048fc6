package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.DeployedRoutes;
import gg.pickban.testsupport.DeployedRoutes.Operation;
import gg.pickban.testsupport.HostileInput;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.PathSpellings;
import gg.pickban.testsupport.RawHttp;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TableCounts;
import gg.pickban.tournament.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every deployed route (from /openapi) gets a corpus of malformed bodies, bad path and query values
 * and odd path spellings, as anonymous, a user and staff. No answer may be a 5xx; every refusal is
 * JSON in the contract's error shape; a batch of requests that all were refused wrote nothing; and
 * the server logged no SEVERE error.
 */
@ExtendWith(SharedApp.class)
class HostileInputIT {

    private static final Logger LOG = Logger.getLogger(HostileInputIT.class.getName());

    /** Not hit: the test-only routes (reset-all wipes the database) and logout (it would end the session under test). */
    private static boolean skipped(Operation operation) {
        return operation.template().startsWith("/api/tests") || operation.template().startsWith("/api/logout");
    }

    @Test
    void noInputMakesAServerErrorOrWritesWhenRefused(AppProcess app) throws Exception {
        Map<String, Long> ids = fixtures();
        Map<String, Map<String, String>> roles = new LinkedHashMap<>();
        roles.put("anonymous", Map.of());
        roles.put("user", headersOf(Logins.as(app, Fixtures.user(3000))));
        long staffPk = Fixtures.user(3000);
        Fixtures.execute("UPDATE users SET is_staff = TRUE WHERE id = ?", staffPk);
        roles.put("staff", headersOf(Logins.as(app, staffPk)));

        List<Operation> operations = DeployedRoutes.of(app).stream().filter(o -> !skipped(o)).toList();
        assertTrue(operations.size() > 100, "operations: " + operations.size());
        List<HostileInput.Body> bodies = HostileInput.bodies();
        long severeBefore = severeLines(app);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int counted = 0;
        try (TableCounts tables = TableCounts.open()) {
            for (Operation operation : operations) {
                for (Map.Entry<String, Map<String, String>> role : roles.entrySet()) {
                    Map<String, Long> countsBefore = tables.count();
                    counted++;
                    boolean wrote = false;
                    List<Request> requests = requests(operation, ids, bodies, role.getKey().equals("anonymous"));
                    for (Request request : requests) {
                        Map<String, String> headers = new LinkedHashMap<>(role.getValue());
                        if (request.contentType() != null) {
                            headers.put("Content-Type", request.contentType());
                        }
                        RawHttp.Answer answer = RawHttp.send(app, operation.method(), request.target(), headers, request.body());
                        sent++;
                        String problem = problem(answer, request.target());
                        if (problem != null) {
                            failures.add(role.getKey() + " " + operation.method() + " " + abbreviate(request.target()) + " ["
                                    + request.name() + "] -> " + answer.status() + " " + problem + " " + abbreviate(answer.body()));
                        }
                        wrote |= answer.status() < 400;
                    }
                    if (!wrote) {
                        Map<String, Long> countsAfter = tables.count();
                        counted++;
                        if (!countsAfter.equals(countsBefore)) {
                            failures.add(role.getKey() + " " + operation + ": every request refused, yet rows changed: "
                                    + countsBefore + " -> " + countsAfter);
                        }
                    }
                }
            }
        }
        LOG.info("hostile input: " + operations.size() + " operations x " + roles.size() + " roles, " + sent + " requests, "
                + counted + " table counts");
        Files.write(Path.of("target", "hostile-input-failures.txt"), failures);
        assertEquals(0, failures.size(), failures.size() + " of " + sent + " requests:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertEquals(severeBefore, severeLines(app), "SEVERE lines in " + app.log());
    }

    private record Request(String name, String target, String contentType, String body) {
    }

    private static List<Request> requests(Operation operation, Map<String, Long> ids, List<HostileInput.Body> bodies,
            boolean withSpellings) {
        String real = operation.path(Long.toString(idFor(operation.template(), ids)));
        List<Request> requests = new ArrayList<>();
        if (operation.readsBody()) {
            for (HostileInput.Body body : bodies) {
                requests.add(new Request(body.name(), real, body.contentType(), body.text()));
            }
        }
        if (!operation.pathParameters().isEmpty()) {
            for (String value : HostileInput.pathValues()) {
                requests.add(new Request("path " + value, operation.path(value), "application/json", "{}"));
            }
        }
        List<String> names = new ArrayList<>(operation.queryParameters());
        names.addAll(List.of("q", "search", "page", "page_size", "league_id", "limit", "offset", "user_id", "tournament_id"));
        for (String value : HostileInput.queryValues()) {
            StringBuilder query = new StringBuilder();
            names.forEach(name -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(value));
            requests.add(new Request("query " + abbreviate(value), operation.method().equals("DELETE") ? operation.path("0") + query
                    : real + query, "application/json", "{}"));
        }
        if (withSpellings) {
            for (String spelling : PathSpellings.of(operation.method().equals("DELETE") ? operation.path("0") : real)) {
                requests.add(new Request("spelling", spelling, null, null));
            }
        }
        return requests;
    }

    /**
     * What is wrong with an answer, or null: 5xx, or a refusal that is not a JSON object. Grizzly's
     * HTTP parser refuses a request line or headers it cannot take (over 8 KiB, a NUL byte) before
     * any of the application runs, with an empty 400: a 4xx all the same, but it cannot be JSON.
     */
    private static String problem(RawHttp.Answer answer, String target) {
        if (answer.status() >= 500) {
            return "server error";
        }
        if (answer.status() < 400 || answer.status() == 400 && answer.body().isEmpty() && unparsable(target)) {
            return null;
        }
        if (answer.header("Content-Type").stream().noneMatch(type -> type.startsWith("application/json"))) {
            return "refusal not JSON: " + answer.header("Content-Type");
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT && !value.asJsonObject().isEmpty() ? null
                    : "refusal not a JSON error object";
        } catch (RuntimeException e) {
            return "refusal not JSON";
        }
    }

    private static boolean unparsable(String target) {
        return target.length() > 8000 || target.contains("%00");
    }

    /** One existing row per kind, chosen by the route's first path segments, so bodies reach the field checks. */
    private static Map<String, Long> fixtures() {
        long user = Fixtures.user(3500);
        long organization = Fixtures.organization("hostile");
        long league = Fixtures.league("hostile");
        long tournament = Fixtures.tournament("hostile", Instant.now(), league);
        long team = Fixtures.team(tournament, "hostile", user, null);
        long game = Fixtures.game(tournament, league, team, null, null, null);
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("/api/users", user);
        ids.put("/api/user", user);
        ids.put("/api/league-stats", user);
        ids.put("/api/organizations", organization);
        ids.put("/api/leagues", league);
        ids.put("/api/bracket/tournaments", tournament);
        ids.put("/api/tournament", tournament);
        ids.put("/api/teams", team);
        ids.put("/api/team", team);
        ids.put("/api/bracket/games", game);
        ids.put("/api/steam/games", game);
        ids.put("/api/games", game);
        ids.put("/api/game", game);
        return ids;
    }

    private static long idFor(String template, Map<String, Long> ids) {
        return ids.entrySet().stream().filter(e -> template.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(ids.get("/api/users"));
    }

    private static Map<String, String> headersOf(Api api) {
        return Map.of("Cookie", "sessionid=" + api.cookie("sessionid") + "; csrftoken=" + api.cookie("csrftoken"),
                "X-CSRFToken", api.cookie("csrftoken"));
    }

    private static long severeLines(AppProcess app) throws Exception {
        return app.logLines().stream().filter(line -> line.contains("levelValue: 1000")).count();
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + ")";
    }
}
