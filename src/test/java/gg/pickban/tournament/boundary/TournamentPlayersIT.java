package gg.pickban.tournament.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import gg.pickban.tournament.Fixtures;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Replacing the player set with {@code user_ids} and its side effects, in order (docs/rules.md §3.3). */
@ExtendWith(SharedApp.class)
class TournamentPlayersIT {

    private static List<Long> pks(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("pk").longValue()).toList();
    }

    @Test
    void departingPlayersTakeTheirTeamsGamesAndMemberships(AppProcess app) {
        long tournament = Fixtures.tournament(TestData.unique("p44"), Instant.now(), null);
        long alice = Fixtures.user(4000);
        long bob = Fixtures.user(3000);
        long carol = Fixtures.user(2000);
        long dave = Fixtures.user(1000);
        long erin = Fixtures.user(500);
        long frank = Fixtures.user(100);
        for (long player : List.of(alice, bob, carol, dave, erin, frank)) {
            Fixtures.player(tournament, player);
        }
        long alicesTeam = Fixtures.team(tournament, "Alice", alice, null);
        Fixtures.member(alicesTeam, alice);
        Fixtures.member(alicesTeam, bob);
        long carolsTeam = Fixtures.team(tournament, "Carol", carol, dave);
        Fixtures.member(carolsTeam, carol);
        Fixtures.member(carolsTeam, dave);
        Fixtures.member(carolsTeam, erin);
        long franksTeam = Fixtures.team(tournament, "Frank", null, null);
        Fixtures.member(franksTeam, frank);
        long final1 = Fixtures.game(tournament, null, alicesTeam, carolsTeam, null, null);
        long final2 = Fixtures.game(tournament, null, carolsTeam, franksTeam, null, null);
        long kept = Fixtures.game(tournament, null, carolsTeam, null, carolsTeam, null);

        Reply reply = Logins.staff(app).patch("/api/tournaments/" + tournament + "/",
                "{\"user_ids\": [" + bob + ", " + carol + ", " + erin + ", " + erin + "]}");
        assertEquals(200, reply.status(), reply.body());
        JsonObject after = reply.object();
        assertEquals(List.of(bob, carol, erin), pks(after.getJsonArray("users")));
        assertEquals(List.of(carolsTeam), pks(after.getJsonArray("teams")),
                "alice's team went as its captain left (bob still in it); frank's team was emptied");
        JsonObject carols = after.getJsonArray("teams").getJsonObject(0);
        assertEquals(List.of(carol, erin), pks(carols.getJsonArray("members")));
        assertEquals(carol, carols.getJsonObject("captain").getJsonNumber("pk").longValue());
        assertEquals(JsonValue.NULL, carols.get("deputy_captain"), "dave was the deputy");
        assertEquals(List.of(kept), pks(after.getJsonArray("games")));

        assertFalse(Fixtures.exists("team", alicesTeam));
        assertFalse(Fixtures.exists("team", franksTeam));
        assertFalse(Fixtures.exists("game", final1));
        assertFalse(Fixtures.exists("game", final2));
        assertTrue(Fixtures.exists("users", alice));
        assertEquals(after, app.api().get("/api/tournaments/" + tournament).object(), "the answer is what was stored");
    }

    @Test
    void anUnknownPkChangesNothingAndAddingPlayersHasNoSideEffect(AppProcess app) {
        long tournament = Fixtures.tournament(TestData.unique("p44b"), Instant.now(), null);
        long captain = Fixtures.user(null);
        Fixtures.player(tournament, captain);
        long team = Fixtures.team(tournament, "Only", captain, null);
        Fixtures.member(team, captain);

        Reply refused = Logins.staff(app).patch("/api/tournaments/" + tournament + "/", "{\"user_ids\": [999999999], \"name\": \"New\"}");
        assertEquals("{\"user_ids\":[\"Invalid pk \\\"999999999\\\" - object does not exist.\"]}", refused.body());
        assertTrue(Fixtures.exists("team", team));
        assertEquals(1L, Fixtures.number("SELECT COUNT(*) FROM tournament_users WHERE tournament_id = ?", tournament));
        assertFalse(app.api().get("/api/tournaments/" + tournament + "/").object().getString("name").equals("New"));

        long newcomer = Fixtures.user(null);
        Reply added = Logins.staff(app).patch("/api/tournaments/" + tournament + "/", "{\"user_ids\": [" + captain + ", \"" + newcomer + "\"]}");
        assertEquals(200, added.status(), added.body());
        assertEquals(List.of(captain, newcomer), pks(added.object().getJsonArray("users")));
        assertEquals(List.of(team), pks(added.object().getJsonArray("teams")));

        Reply emptied = Logins.staff(app).patch("/api/tournaments/" + tournament + "/", "{\"user_ids\": []}");
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, emptied.object().get("users"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, emptied.object().get("teams"));
    }
}
