package gg.pickban.herodraft.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.draft.DraftArrange;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.EmbeddedApp;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.TestData;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The default deployment shape (embedded H2, no Redis): V11 migrates on H2, the draft row lock holds, the flow runs. */
@ExtendWith(EmbeddedApp.class)
class HeroDraftEmbeddedIT {

    private static long user(Api staff) {
        Reply created = staff.post("/api/users/", "{\"username\": \"" + TestData.unique("hd") + "\"}");
        assertEquals(201, created.status(), created.body());
        return DraftArrange.pk(created.object());
    }

    private static String path(long draft, String action) {
        return "/api/herodraft/" + draft + "/" + action + "/";
    }

    @Test
    void aDraftRunsOnH2AndConcurrentPicksRecordOneHero(AppProcess app) throws Exception {
        Api staff = Logins.staff(app);
        long captainA = user(staff);
        long captainB = user(staff);
        long tournament = DraftArrange.tournament(staff, List.of(captainA, captainB));
        DraftArrange.captain(staff, tournament, captainA, 1);
        JsonObject full = DraftArrange.captain(staff, tournament, captainB, 2);
        List<Long> teams = full.getJsonArray("teams").getValuesAs(JsonObject.class).stream().map(DraftArrange::pk).sorted().toList();
        Reply game = staff.post("/api/games/", "{\"tournament_id\": " + tournament + "}");
        assertEquals(201, game.status(), game.body());
        Api a = Logins.as(app, captainA);
        Api b = Logins.as(app, captainB);
        Reply created = a.post("/api/games/" + DraftArrange.pk(game.object()) + "/create-herodraft/",
                "{\"radiant_team_id\": " + teams.get(0) + ", \"dire_team_id\": " + teams.get(1) + "}");
        assertEquals(201, created.status(), created.body());
        long draft = created.object().getJsonNumber("id").longValue();
        assertEquals(200, a.post(path(draft, "set-ready"), null).status());
        assertEquals(200, b.post(path(draft, "set-ready"), null).status());
        JsonObject rolled = a.post(path(draft, "trigger-roll"), null).object();
        boolean aWon = rolled.getJsonObject("roll_winner").getJsonObject("captain").getJsonNumber("pk").longValue() == captainA;
        Api first = aWon ? a : b;
        Api second = aWon ? b : a;
        assertEquals(200, first.post(path(draft, "submit-choice"), "{\"choice_type\": \"pick_order\", \"value\": \"first\"}").status());
        assertEquals("drafting", second.post(path(draft, "submit-choice"), "{\"choice_type\": \"side\", \"value\": \"dire\"}")
                .object().getString("state"));

        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int hero = 1; hero <= 8; hero++) {
            String body = "{\"hero_id\": " + hero + "}";
            replies.add(threads.submit(() -> first.post(path(draft, "submit-pick"), body)));
        }
        int won = 0;
        for (Future<Reply> reply : replies) {
            Reply answered = reply.get();
            won += answered.status() == 200 ? 1 : 0;
            assertEquals(true, answered.status() == 200 || answered.body().equals("{\"error\":\"Not your turn\"}"), answered.toString());
        }
        threads.shutdown();
        assertEquals(2, won, "rounds 1 and 2 are the first-pick team's, round 3 is not");
        JsonObject state = app.api().get("/api/herodraft/" + draft).object();
        assertEquals(2, state.getInt("current_round"));
        assertEquals(2, state.getJsonArray("rounds").getValuesAs(JsonObject.class).stream().filter(r -> !r.isNull("hero_id")).count());
        assertEquals(10, a.get(path(draft, "list-events")).array().size(), "created, 2 ready, roll, 2 choices, 2 x (selected, started)");
        assertEquals("waiting_for_captains", staff.post(path(draft, "reset"), null).object().getString("state"));
    }
}
