package gg.pickban.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.herodraft.HeroDraftArrange;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import jakarta.json.JsonObject;

/** A hero draft brought to {@code drafting} through its captains' own API calls, for the staff site to act on. */
final class HeroDrafting {

    private HeroDrafting() {
    }

    /** Created, both ready, rolled, the winner takes first pick, the other radiant: round 1 is running. */
    static long drafting(AppProcess app) {
        HeroDraftArrange game = HeroDraftArrange.arrange();
        Api a = Logins.as(app, game.captainA());
        Api b = Logins.as(app, game.captainB());
        long draft = a.post(game.create(), "{}").object().getJsonNumber("id").longValue();
        assertEquals(200, a.post(path(draft, "set-ready"), null).status());
        assertEquals(200, b.post(path(draft, "set-ready"), null).status());
        JsonObject winner = b.post(path(draft, "trigger-roll"), null).object().getJsonObject("roll_winner");
        boolean aWon = winner.getJsonObject("captain").getJsonNumber("pk").longValue() == game.captainA();
        assertEquals(200, (aWon ? a : b).post(path(draft, "submit-choice"), "{\"choice_type\": \"pick_order\", \"value\": \"first\"}")
                .status());
        Reply chosen = (aWon ? b : a).post(path(draft, "submit-choice"), "{\"choice_type\": \"side\", \"value\": \"radiant\"}");
        assertEquals("drafting", chosen.object().getString("state"), chosen.body());
        return draft;
    }

    private static String path(long draft, String action) {
        return "/api/herodraft/" + draft + "/" + action + "/";
    }
}
