package gg.pickban.draft.boundary;

import static gg.pickban.draft.DraftArrange.pick;
import static gg.pickban.draft.DraftArrange.pk;
import static gg.pickban.tournament.Keys.assertKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gg.pickban.draft.DraftArrange;
import gg.pickban.draft.DraftArrange.Arranged;
import gg.pickban.draft.DraftKeys;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.SocketClient;
import gg.pickban.tournament.Keys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The draft and tournament sockets (docs/api.md §7): handshakes, the replay, and the live messages key for key. */
@ExtendWith(SharedApp.class)
class DraftSocketIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    static SocketClient connect(AppProcess app, String path) {
        return SocketClient.connect(app, path, app.uri("").toString());
    }

    static JsonObject next(SocketClient socket) throws InterruptedException {
        String text = socket.nextMessage(WAIT);
        assertNotNull(text, "a message within " + WAIT);
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void unknownOrNonNumericTargetsAreClosedWith4403AndNoMessage(AppProcess app) throws InterruptedException {
        for (String path : List.of("/api/draft/999999999/", "/api/draft/999999999", "/api/tournament/999999999/",
                "/api/tournament/999999999", "/api/draft/abc/", "/api/tournament/1x")) {
            try (SocketClient socket = connect(app, path)) {
                assertEquals(4403, socket.awaitClose(WAIT), path);
                assertNull(socket.nextMessage(Duration.ofMillis(100)), "no message before the close: " + path);
            }
        }
    }

    @Test
    void handshakesWithoutOrWithAForeignOriginAreRefused(AppProcess app) {
        for (String origin : new String[] {null, "https://evil.example"}) {
            CompletionException refused = assertThrows(CompletionException.class,
                    () -> SocketClient.connect(app, "/api/draft/1/", origin));
            assertEquals(403, assertInstanceOf(WebSocketHandshakeException.class, refused.getCause()).getResponse().statusCode());
        }
    }

    @Test
    void aPickReachesBothSocketsAsADraftEventWithTheNewState(AppProcess app) throws InterruptedException {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), List.of(3000, 2900));
        try (SocketClient draftSocket = connect(app, "/api/draft/" + t.draft() + "/");
                SocketClient tournamentSocket = connect(app, "/api/tournament/" + t.tournament())) {
            JsonObject draftOpening = next(draftSocket);
            assertKeys(Set.of("type", "events", "draft_state"), draftOpening);
            assertEquals("initial_events", draftOpening.getString("type"));
            assertEquals(0, draftOpening.getJsonArray("events").size(), "snake builds write no event");
            assertEquals(t.draftState(), draftOpening.getJsonObject("draft_state"));
            JsonObject tournamentOpening = next(tournamentSocket);
            assertKeys(Set.of("type", "events"), tournamentOpening);

            Api captain = Logins.as(app, t.captains().get(0));
            Reply picked = captain.post("/api/tournaments/pick_player", pick(t.round(1), t.players().get(0)));
            assertEquals(201, picked.status(), picked.body());
            for (SocketClient socket : List.of(draftSocket, tournamentSocket)) {
                JsonObject message = next(socket);
                assertKeys(Set.of("type", "event", "draft_state"), message);
                assertEquals("draft_event", message.getString("type"));
                JsonObject event = message.getJsonObject("event");
                assertKeys(DraftKeys.EVENT, event);
                assertEquals("player_picked", event.getString("event_type"));
                assertKeys(Keys.USER_MINI, event.getJsonObject("actor"));
                assertEquals(t.captains().get(0), pk(event.getJsonObject("actor")));
                assertEquals(event.getString("created_at"), event.getString("created_at").replaceAll("[^0-9TZ:.-]", ""));
                JsonObject payload = event.getJsonObject("payload");
                assertKeys(DraftKeys.PLAYER_PICKED, payload);
                assertEquals(1, payload.getInt("pick_number"));
                assertEquals(t.players().get(0), payload.getJsonNumber("picked_id").longValue());
                assertEquals(t.teams().get(0), payload.getJsonNumber("team_id").longValue());
                assertEquals(picked.object().getJsonObject("draft"), message.getJsonObject("draft_state"));
                assertNull(socket.nextMessage(Duration.ofMillis(200)), "one event, one message");
            }
        }
    }

    @Test
    void theReplayIsTheTwentyNewestEventsNewestFirst(AppProcess app) throws InterruptedException {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "shuffle", List.of(5000, 4000), List.of(3000, 2900));
        for (int i = 0; i < 11; i++) {
            assertEquals(201, staff.post("/api/tournaments/pick_player", pick(t.round(1), t.players().get(0))).status());
            assertEquals(200, staff.post("/api/tournaments/undo-pick", "{\"draft_pk\": " + t.draft() + "}").status());
        }
        List<Long> newestFirst = DraftArrange.strings("SELECT id FROM draft_event WHERE draft_id = ? ORDER BY created_at DESC, id DESC"
                + " LIMIT 20", t.draft()).stream().map(Long::valueOf).toList();
        for (String path : List.of("/api/draft/" + t.draft(), "/api/tournament/" + t.tournament() + "/")) {
            try (SocketClient socket = connect(app, path)) {
                JsonObject opening = next(socket);
                List<JsonObject> events = opening.getJsonArray("events").getValuesAs(JsonObject.class);
                assertEquals(newestFirst, events.stream().map(DraftArrange::pk).toList(), path);
                events.forEach(event -> assertKeys(DraftKeys.EVENT, event));
                assertEquals("pick_undone", events.get(0).getString("event_type"));
                assertKeys(DraftKeys.PICK_UNDONE, events.get(0).getJsonObject("payload"));
                assertKeys(DraftKeys.CAPTAIN_ASSIGNED, events.get(1).getJsonObject("payload"));
            }
        }
    }

    @Test
    void aTournamentSocketOpenedBeforeTheDraftExistsGetsItsFirstEvents(AppProcess app) throws InterruptedException {
        Api staff = Logins.staff(app);
        List<Long> captains = DraftArrange.users(5000, 4000);
        long tournament = DraftArrange.tournament(staff, captains);
        try (SocketClient socket = connect(app, "/api/tournament/" + tournament + "/")) {
            JsonObject opening = next(socket);
            assertEquals(Json.createObjectBuilder().add("type", "initial_events").add("events", Json.createArrayBuilder()).build(),
                    opening);
            socket.send("{\"type\": \"ignored\"}");
            DraftArrange.captain(staff, tournament, captains.get(0), 0);
            DraftArrange.captain(staff, tournament, captains.get(1), 0);
            long draft = pk(DraftArrange.init(staff, tournament).getJsonObject("draft"));
            assertEquals(200, staff.patch("/api/drafts/" + draft + "/", "{\"draft_style\": \"shuffle\"}").status());
            JsonObject restarted = DraftArrange.init(staff, tournament);

            JsonObject message = next(socket);
            JsonObject event = message.getJsonObject("event");
            assertEquals("draft_started", event.getString("event_type"));
            assertEquals(Json.createObjectBuilder().add("draft_id", draft).add("draft_style", "shuffle").add("team_count", 2).build(),
                    event.getJsonObject("payload"));
            assertEquals(jakarta.json.JsonValue.NULL, event.get("actor"));
            assertEquals(restarted.getJsonObject("draft"), message.getJsonObject("draft_state"));
        }
    }
}
