package gg.pickban.draft.boundary;

import static gg.pickban.draft.DraftArrange.pick;
import static gg.pickban.draft.boundary.DraftSocketIT.connect;
import static gg.pickban.draft.boundary.DraftSocketIT.next;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.draft.DraftArrange;
import gg.pickban.draft.DraftArrange.Arranged;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.EmbeddedApp;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SocketClient;
import gg.pickban.testsupport.TestData;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The default deployment shape (embedded H2, no Redis): row locks and in-process fan-out work the same. */
@ExtendWith(EmbeddedApp.class)
class DraftEmbeddedIT {

    private static long user(Api staff, int mmr) {
        Reply created = staff.post("/api/users/", "{\"username\": \"" + TestData.unique("emb") + "\", \"mmr\": " + mmr + "}");
        assertEquals(201, created.status(), created.body());
        return DraftArrange.pk(created.object());
    }

    @Test
    void picksLockAndReachTheSocketsWithoutRedis(AppProcess app) throws Exception {
        Api staff = Logins.staff(app);
        List<Long> captains = List.of(user(staff, 5000), user(staff, 4000));
        List<Long> players = List.of(user(staff, 3000), user(staff, 2900), user(staff, 2800));
        List<Long> everyone = new ArrayList<>(captains);
        everyone.addAll(players);
        long tournament = DraftArrange.tournament(staff, everyone);
        captains.forEach(captain -> DraftArrange.captain(staff, tournament, captain, 0));
        JsonObject full = DraftArrange.init(staff, tournament);
        Arranged t = new Arranged(tournament, captains, players, List.of(), full);

        try (SocketClient socket = connect(app, "/api/tournament/" + tournament + "/")) {
            assertEquals("initial_events", next(socket).getString("type"));
            ExecutorService threads = Executors.newFixedThreadPool(20);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long player = players.get(i % 3);
                replies.add(threads.submit(() -> staff.post("/api/tournaments/pick_player", pick(t.round(1), player))));
            }
            int won = 0;
            for (Future<Reply> reply : replies) {
                int status = reply.get().status();
                won += status == 201 ? 1 : 0;
                assertEquals(true, status == 201 || status == 400, reply.get().toString());
            }
            threads.shutdown();
            assertEquals(1, won, "one pick per round on H2 too");
            JsonObject message = next(socket);
            assertEquals("player_picked", message.getJsonObject("event").getString("event_type"));
            assertEquals(app.api().get("/api/tournaments/" + tournament + "/").object().getJsonObject("draft"),
                    message.getJsonObject("draft_state"));
        }
    }
}
