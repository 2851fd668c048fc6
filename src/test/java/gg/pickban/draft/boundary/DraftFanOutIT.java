package gg.pickban.draft.boundary;

import static gg.pickban.draft.DraftArrange.pick;
import static gg.pickban.draft.boundary.DraftSocketIT.connect;
import static gg.pickban.draft.boundary.DraftSocketIT.next;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gg.pickban.draft.DraftArrange;
import gg.pickban.draft.DraftArrange.Arranged;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SecondInstance;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.SocketClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The socket fan-out (docs/api.md §5) with two instances on one database and Redis: an event committed on one reaches sockets on both. */
@ExtendWith(SharedApp.class)
class DraftFanOutIT {

    @Test
    void aPickOnOneInstanceReachesTheSocketsOfTheOther(AppProcess a, @SecondInstance AppProcess b) throws InterruptedException {
        Api staffOnA = Logins.staff(a);
        Api staffOnB = staffOnA.on(b);
        Arranged t = DraftArrange.draft(staffOnA, "snake", List.of(5000, 4000), List.of(3000, 2900));
        try (SocketClient draftOnB = connect(b, "/api/draft/" + t.draft() + "/");
                SocketClient tournamentOnB = connect(b, "/api/tournament/" + t.tournament() + "/");
                SocketClient draftOnA = connect(a, "/api/draft/" + t.draft())) {
            for (SocketClient socket : List.of(draftOnB, tournamentOnB, draftOnA)) {
                assertEquals("initial_events", next(socket).getString("type"));
            }

            Reply onA = staffOnA.post("/api/tournaments/pick_player", pick(t.round(1), t.players().get(0)));
            assertEquals(201, onA.status(), onA.body());
            for (SocketClient socket : List.of(draftOnB, tournamentOnB, draftOnA)) {
                JsonObject message = next(socket);
                assertEquals("player_picked", message.getJsonObject("event").getString("event_type"));
                assertEquals(onA.object().getJsonObject("draft"), message.getJsonObject("draft_state"));
            }

            Reply onB = staffOnB.post("/api/tournaments/undo-pick", "{\"draft_pk\": " + t.draft() + "}");
            assertEquals(200, onB.status(), onB.body());
            for (SocketClient socket : List.of(draftOnA, draftOnB, tournamentOnB)) {
                JsonObject message = next(socket);
                assertEquals("pick_undone", message.getJsonObject("event").getString("event_type"));
                assertEquals(onB.object().getJsonObject("draft"), message.getJsonObject("draft_state"));
                assertNull(socket.nextMessage(Duration.ofMillis(200)), "each event once per socket");
            }
        }
    }
}
