package gg.pickban.tournament.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SecondInstance;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cached tournament reads are never stale (docs/api.md §5, docs/decisions.md D10): each write made through
 * instance A shows on the very next read through instance B.
 */
@ExtendWith(SharedApp.class)
class TournamentCacheIT {

    @Test
    void writesOnAShowOnTheNextReadOnB(AppProcess a, @SecondInstance AppProcess b) {
        Api staff = Logins.staff(a);
        long player = TestData.insertUser(TestData.unique("cacheplayer"), null, null, null, 2000, Instant.now());
        JsonObject created = staff.post("/api/tournaments/", "{\"name\": \"Cache Cup\", \"date_played\": \"2026-05-01\","
                + " \"tournament_type\": \"single_elimination\", \"user_ids\": [" + player + "]}").object();
        int pk = created.getInt("pk");
        String detail = "/api/tournaments/" + pk + "/";

        assertEquals("Cache Cup", b.api().get(detail).object().getString("name"), "B renders and caches");
        assertEquals("Cache Cup", b.api().get(detail).object().getString("name"));

        staff.patch(detail, "{\"name\": \"Cache Cup II\"}");
        assertEquals("Cache Cup II", b.api().get(detail).object().getString("name"), "tournament edit");
        assertTrue(b.api().get("/api/tournaments-list/").body().contains("Cache Cup II"), "list view");

        staff.patch("/api/users/" + player + "/", "{\"mmr\": 2500}");
        assertEquals(2500, b.api().get(detail).object().getJsonArray("users").getJsonObject(0).getInt("mmr"),
                "a player's own data");

        staff.post("/api/teams/", "{\"name\": \"Cached Team\", \"tournament_id\": " + pk + ", \"captain_id\": " + player
                + ", \"member_ids\": [" + player + "]}");
        JsonObject afterTeam = b.api().get(detail).object();
        assertEquals("Cached Team", afterTeam.getJsonArray("teams").getJsonObject(0).getString("name"), "a new team");
        assertEquals(1, afterTeam.getJsonArray("captains").size());

        staff.delete(detail);
        assertEquals(404, b.api().get(detail).status(), "deletion");
    }

    /**
     * A cached detail is written below JAX-RS ({@link CachedTournamentDetailFilter}): same status, body and
     * headers as the rendered answer, with both URL forms; what JAX-RS alone decides still goes there.
     */
    @Test
    void aCachedDetailLooksExactlyLikeARenderedOne(AppProcess a) {
        Api staff = Logins.staff(a);
        int pk = staff.post("/api/tournaments/", "{\"name\": \"Fast Cup\", \"date_played\": \"2026-05-01\","
                + " \"tournament_type\": \"single_elimination\"}").object().getInt("pk");
        String detail = "/api/tournaments/" + pk + "/";
        TestData.written();

        Reply rendered = a.api().header("X-Request-ID", "req-1").get(detail);
        Reply cached = a.api().header("X-Request-ID", "req-2").get(detail);
        Reply withoutSlash = a.api().get("/api/tournaments/" + pk);

        assertEquals(200, cached.status());
        assertEquals(rendered.body(), cached.body());
        assertEquals(rendered.body(), withoutSlash.body());
        assertEquals("Fast Cup", cached.object().getString("name"));
        assertTrue(Integer.parseInt(rendered.header("X-SQL-Statements")) > 0, "the first read renders");
        assertEquals("0", cached.header("X-SQL-Statements"), "the second is a cache hit");
        assertEquals("req-2", cached.header("X-Request-ID"));
        assertEquals(36, withoutSlash.header("X-Request-ID").length(), "an id is issued when none is sent");
        assertEquals(rendered.header("Content-Type"), cached.header("Content-Type"));
        assertEquals(String.valueOf(cached.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                cached.header("Content-Length"));

        assertEquals(406, a.api().header("Accept", "text/html").get(detail).status(), "JAX-RS still negotiates");
        assertEquals(404, a.api().get("/api/tournaments/" + (pk + 100000) + "/").status());
        staff.patch(detail, "{\"name\": \"Fast Cup II\"}");
        assertEquals("Fast Cup II", a.api().get(detail).object().getString("name"), "never stale on the same instance");
    }
}
