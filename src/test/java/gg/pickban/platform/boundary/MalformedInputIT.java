package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.herodraft.HeroDraftArrange;
import gg.pickban.herodraft.HeroDraftRows;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.DeployedRoutes;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.SocketClient;
import gg.pickban.testsupport.StreamedBody;
import gg.pickban.testsupport.TestData;
import gg.pickban.tournament.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever a client sends, the answer is a 4xx in the contract's JSON shape, nothing is written and
 * nothing is logged as SEVERE (docs/decisions.md D2, docs/api.md §2–§3): oversized bodies, declared or chunked
 * (413), malformed JSON and form data, the inputs that used to crash single endpoints, NUL
 * characters, paths outside the API, oversized socket messages.
 */
@ExtendWith(SharedApp.class)
class MalformedInputIT {

    private static final int LIMIT = 1_048_576;
    private static final JsonObject TOO_LARGE = detail("Request body too large: the limit is 1048576 bytes.");
    private static final JsonObject NOT_FOUND = detail("Not found.");
    private static final String DEEP = "[".repeat(5000) + "]".repeat(5000);

    private int logLinesBefore;

    private static JsonObject detail(String text) {
        return Json.createObjectBuilder().add("detail", text).build();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** A tournament create that would succeed, with {@code extra} members spliced in. */
    private static String tournament(String name, String extra) {
        return "{\"name\": \"" + name + "\", \"date_played\": \"2026-04-01\", \"tournament_type\": \"double_elimination\""
                + extra + "}";
    }

    private static long tournamentsNamed(String name) {
        return Fixtures.number("SELECT COUNT(*) FROM tournament WHERE name = ?", name);
    }

    /** The headers a logged-in browser sends with an unsafe request. */
    private static String session(Api login) {
        return "\r\nX-CSRFToken: " + login.cookie("csrftoken") + "\r\nCookie: sessionid=" + login.cookie("sessionid")
                + "; csrftoken=" + login.cookie("csrftoken");
    }

    private static void assertJson(Reply reply, int status, JsonObject body) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        assertEquals(body, reply.object());
    }

    @BeforeEach
    void markLog(AppProcess app) throws IOException {
        logLinesBefore = app.logLines().size();
    }

    @AfterEach
    void nothingSevereWasLogged(AppProcess app) throws IOException {
        List<String> lines = app.logLines();
        List<String> severe = lines.subList(Math.min(logLinesBefore, lines.size()), lines.size()).stream()
                .filter(line -> line.contains("SEVERE")).toList();
        assertEquals(List.of(), severe, "a client's mistake is no server fault");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsRead(AppProcess app) throws IOException {
        Api staff = Logins.staff(app);
        String name = TestData.unique("oversized");
        long fiftyMegabytes = 50_000_000;
        for (String head : List.of("POST /api/tournaments/ HTTP/1.1\r\nContent-Type: application/json" + session(staff),
                "POST /login/discord/ HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded",
                "PUT /no/such/path HTTP/1.1\r\nContent-Type: text/plain")) {
            StreamedBody.Answer answer = StreamedBody.declaredButNotSent(app, head, fiftyMegabytes, tournament(name, ", \"notes\": \""));
            assertEquals(413, answer.status(), head + "\n" + answer.head());
            assertTrue(answer.head().contains("Connection: close"), answer.head());
            assertEquals(TOO_LARGE, json(answer.body()), head);
        }
        assertEquals(0, tournamentsNamed(name));

        String atTheLimit = tournament(name, "");
        atTheLimit = atTheLimit.substring(0, atTheLimit.length() - 1) + " ".repeat(LIMIT - atTheLimit.length()) + "}";
        assertEquals(LIMIT, atTheLimit.length());
        assertEquals(201, staff.post("/api/tournaments/", atTheLimit).status(), "a body of exactly the limit is taken");
        assertEquals(1, tournamentsNamed(name));
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimitNotReadWhole(AppProcess app) throws IOException {
        Api staff = Logins.staff(app);
        String name = TestData.unique("chunked");
        String head = "POST /api/tournaments/ HTTP/1.1\r\nContent-Type: application/json" + session(staff);
        long endless = 256L * LIMIT;
        String start = tournament(name, ", \"notes\": \"");
        StreamedBody.Answer answer = StreamedBody.chunked(app, head, start, endless);
        assertEquals(413, answer.status(), answer.head());
        assertEquals(TOO_LARGE, json(answer.body()));
        assertTrue(answer.bodyBytesWritten() < endless, "the server stopped taking the body: " + answer.bodyBytesWritten());
        assertEquals(0, tournamentsNamed(name));

        StreamedBody.Answer webhook = StreamedBody.chunked(app, "POST /api/discord/interactions/ HTTP/1.1\r\nContent-Type: application/json",
                "{\"type\": 1, \"pad\": \"", 2L * LIMIT);
        assertEquals(413, webhook.status(), webhook.head());
        assertEquals(TOO_LARGE, json(webhook.body()));
    }

    @Test
    void deepJsonLongNumbersAndBadEscapesAre400s(AppProcess app) {
        Api staff = Logins.staff(app);
        String name = TestData.unique("malformed");
        assertJson(staff.post("/api/tournaments/", tournament(name, ", \"x\": " + DEEP)), 400,
                detail("JSON parse error - nested too deeply"));
        assertJson(staff.post("/api/tournaments/", tournament(name, ", \"x\": " + "1".repeat(2000))), 400,
                detail("JSON parse error - number too long"));
        assertJson(staff.post("/api/tournaments/", tournament(name, ", \"x\": 0." + "1".repeat(2000))), 400,
                detail("JSON parse error - number too long"));
        assertJson(staff.send("POST", "/api/tournaments/", "name=" + name + "&date_played=2026-04-01"
                + "&tournament_type=double_elimination&x=%zz", "application/x-www-form-urlencoded"), 400,
                detail("Form data parse error - invalid percent-encoding"));
        assertEquals(0, tournamentsNamed(name));
    }

    /** The same three on every route that takes a body, as the deployed /openapi document lists them. */
    @Test
    void noWriteRouteAnswersMalformedBodiesWithA5xx(AppProcess app) throws Exception {
        List<String[]> routes = DeployedRoutes.of(app).stream()
                .filter(o -> o.readsBody() && !o.template().startsWith("/api/tests/"))
                .map(o -> new String[] {o.method(), o.template()}).toList();
        assertTrue(routes.size() >= 60, "routes found: " + routes.size());
        int parseErrors = 0;
        List<String> faults = new ArrayList<>();
        for (String[] route : routes) {
            String path = route[1].replaceAll("\\{[^}]+}", "1").replaceAll("/+$", "") + "/";
            for (String[] body : List.of(new String[] {DEEP, "application/json"},
                    new String[] {"{\"x\": " + "1".repeat(2000) + "}", "application/json"},
                    new String[] {"x=%zz", "application/x-www-form-urlencoded"})) {
                Reply reply = app.api().send(route[0], path, body[0], body[1]);
                JsonValue answer = reply.body().startsWith("{") ? reply.json() : null;
                if (reply.status() >= 500 || (reply.status() >= 400 && answer == null)) {
                    faults.add(route[0] + " " + path + " → " + reply.status() + " " + reply.body());
                } else if (reply.status() == 400 && answer.asJsonObject().getString("detail", "").contains("parse error - ")) {
                    parseErrors++;
                }
            }
        }
        assertEquals(List.of(), faults);
        assertTrue(parseErrors >= 3 * 50, "parse errors: " + parseErrors);
    }

    @Test
    void advanceWinnerWithoutAStringWinnerIsAnInvalidSlot(AppProcess app) {
        HeroDraftArrange arranged = HeroDraftArrange.arrange();
        Api staff = Logins.staff(app);
        for (String body : List.of("{}", "{\"winner\": 5}", "{\"winner\": null}", "{\"winner\": [\"radiant\"]}", "")) {
            Reply reply = staff.post("/api/bracket/games/" + arranged.game() + "/advance-winner/", body);
            assertJson(reply, 400, Json.createObjectBuilder().add("error", "Invalid winner slot").build());
        }
        assertEquals("pending", Fixtures.text("SELECT status FROM game WHERE id = ?", arranged.game()));
        assertNull(Fixtures.number("SELECT winning_team_id FROM game WHERE id = ?", arranged.game()));
    }

    @Test
    void steamSyncTakesOnlyPositiveLeagueIds(AppProcess app) {
        Api staff = Logins.staff(app);
        JsonObject belowOne = json("{\"league_id\": [\"Ensure this value is greater than or equal to 1.\"]}");
        for (String body : List.of("{\"league_id\": 0}", "{\"league_id\": -5}", "{\"league_id\": \"0\"}", "{\"league_id\": 1e-999999999}")) {
            assertJson(staff.post("/api/steam/sync/", body), 400, belowOne);
            assertJson(staff.post("/api/steam/retry-failed/", body), 400, belowOne);
        }
        assertEquals(0, Fixtures.number("SELECT COUNT(*) FROM steam_league_sync_state WHERE league_id < 1"));
    }

    @Test
    void nulCharactersInQueryStringsAre400s(AppProcess app) {
        Api staff = Logins.staff(app);
        long game = HeroDraftArrange.arrange().game();
        JsonObject refused = detail("Null characters are not allowed.");
        assertJson(staff.get("/api/users/search/?q=a%00bc"), 400, refused);
        assertJson(staff.get("/api/steam/games/" + game + "/match-suggestions/?search=a%00b"), 400, refused);
        assertJson(staff.get("/api/tournaments/?search=%00"), 400, refused);
        assertEquals(200, staff.get("/api/users/search/?q=abc").status());
        assertEquals(200, staff.get("/api/steam/games/" + game + "/match-suggestions/?search=ab").status());
    }

    @Test
    void aUserIdWithAHugeExponentNamesNoUser(AppProcess app) {
        long organization = Fixtures.organization(TestData.unique("huge-user-id"));
        Api superuser = Logins.superuser(app);
        for (String userId : List.of("1e999999999", "-1e999999999", "\"123456789012345678901234567890\"")) {
            Reply reply = superuser.post("/api/organizations/" + organization + "/admins/", "{\"user_id\": " + userId + "}");
            assertJson(reply, 404, Json.createObjectBuilder().add("error", "User not found").build());
        }
        assertEquals(0, Fixtures.number("SELECT COUNT(*) FROM organization_admins WHERE organization_id = ?", organization));
    }

    @Test
    void pathsOutsideTheApiAnswerInJson(AppProcess app) {
        for (String method : List.of("PATCH", "GET", "POST", "PUT", "DELETE", "PROPFIND")) {
            assertJson(app.api().send(method, "/foo", null, null), 404, NOT_FOUND);
        }
        assertJson(app.api().get("/"), 404, NOT_FOUND);
        assertJson(app.api().get("/api/users/99999999999999999999/"), 404, NOT_FOUND);
    }

    @Test
    void anOversizedSocketMessageClosesTheSocketWith1009(AppProcess app) throws InterruptedException {
        String origin = app.uri("").toString();
        long tournament = Fixtures.tournament(TestData.unique("socket-limit"), Instant.now(), null);
        try (SocketClient small = SocketClient.connect(app, "/api/tournament/" + tournament + "/", origin);
                SocketClient large = SocketClient.connect(app, "/api/tournament/" + tournament + "/", origin)) {
            small.send("x".repeat(1000));
            large.send("x".repeat(8 * 1024));
            assertEquals(1009, large.awaitClose(Duration.ofSeconds(10)));
            assertThrows(CompletionException.class, () -> small.awaitClose(Duration.ofMillis(500)), "a small message is ignored");
        }
        HeroDraftRows draft = HeroDraftRows.waiting();
        try (SocketClient fragmented = SocketClient.connect(app, draft.path(), origin)) {
            fragmented.sendInFragments("x".repeat(2000), "x".repeat(2000), "x".repeat(2000), "x".repeat(2000));
            assertEquals(1009, fragmented.awaitClose(Duration.ofSeconds(10)));
        }
    }
}
