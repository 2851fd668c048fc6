package gg.pickban.draft.boundary;

import static gg.pickban.draft.DraftArrange.pk;
import static gg.pickban.tournament.Keys.assertKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.draft.DraftArrange;
import gg.pickban.draft.DraftArrange.Arranged;
import gg.pickban.draft.DraftKeys;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.tournament.Fixtures;
import gg.pickban.tournament.Keys;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** init-draft, draft-rebuild and create-team-from-captain (docs/rules.md §4.2, §4.4) through the API. */
@ExtendWith(SharedApp.class)
class DraftStartIT {

    private static final String NO_PERMISSION = "{\"detail\":\"You do not have permission to perform this action.\"}";
    private static final String NOT_AUTHENTICATED = "{\"detail\":\"Authentication credentials were not provided.\"}";

    private static List<Long> roundCaptains(JsonObject draft) {
        return draft.getJsonArray("draft_rounds").getValuesAs(JsonObject.class).stream()
                .map(r -> r.isNull("captain") ? null : pk(r.getJsonObject("captain"))).toList();
    }

    private static List<Long> pks(JsonObject object, String key) {
        return object.getJsonArray(key).getValuesAs(JsonObject.class).stream().map(DraftArrange::pk).toList();
    }

    @Test
    void initDraftBuildsSnakeRoundsInTeamOrderAndAnswersTheTournament(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000, 6000), List.of(3000, 2900, 2800, 2700, 2600, 2500));
        JsonObject full = t.full();
        assertKeys(Keys.TOURNAMENT_FULL, full);
        JsonObject draft = t.draftState();
        assertKeys(DraftKeys.DRAFT_IN_TOURNAMENT, draft);
        assertEquals("snake", draft.getString("draft_style"));
        long a = t.captains().get(0), b = t.captains().get(1), c = t.captains().get(2);
        assertEquals(List.of(a, b, c, c, b, a, a, b, c, c, b, a), roundCaptains(draft));
        JsonObject first = draft.getJsonArray("draft_rounds").getJsonObject(0);
        assertKeys(DraftKeys.ROUND, first);
        assertEquals(1, first.getInt("pick_number"));
        assertEquals(1, first.getInt("pick_phase"));
        assertEquals(JsonValue.NULL, first.get("choice"));
        assertKeys(Keys.TEAM_IN_TOURNAMENT, first.getJsonObject("team"));
        assertEquals(a, pk(first.getJsonObject("team").getJsonObject("captain")));
        assertEquals(pk(first), draft.getJsonNumber("latest_round").longValue());
        assertEquals(t.players(), pks(draft, "users_remaining"), "players minus captains, by pk");
        assertKeys(DraftKeys.DRAFT_TOURNAMENT, draft.getJsonObject("tournament"));
        assertEquals(t.tournament(), pk(draft.getJsonObject("tournament")));
        assertEquals(t.teams(), pks(draft.getJsonObject("tournament"), "teams"));
        assertEquals(draft, app.api().get("/api/tournaments/" + t.tournament() + "/").object().getJsonObject("draft"),
                "the tournament read shows the same draft");
    }

    @Test
    void restartResetsRostersToTheCaptainsAndKeepsTheEvents(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "shuffle", List.of(5000, 4000), List.of(3000, 2900, 2800));
        Reply picked = staff.post("/api/tournaments/pick_player", DraftArrange.pick(t.round(1), t.players().get(0)));
        assertEquals(201, picked.status(), picked.body());
        long events = Fixtures.number("SELECT COUNT(*) FROM draft_event WHERE draft_id = ?", t.draft());

        JsonObject restarted = DraftArrange.init(staff, t.tournament());
        assertEquals(t.draft(), pk(restarted.getJsonObject("draft")), "the same draft");
        for (JsonObject team : restarted.getJsonArray("teams").getValuesAs(JsonObject.class)) {
            assertEquals(List.of(pk(team.getJsonObject("captain"))), pks(team, "members"));
        }
        assertEquals(t.players(), pks(restarted.getJsonObject("draft"), "users_remaining"));
        assertEquals(t.captains().get(1), roundCaptains(restarted.getJsonObject("draft")).get(0),
                "round 1 from captain-only totals again: 4000");
        assertEquals(events + 1, Fixtures.number("SELECT COUNT(*) FROM draft_event WHERE draft_id = ?", t.draft()),
                "old events kept, one more draft_started");
        assertEquals(8, Fixtures.number("SELECT COUNT(*) FROM draft_round WHERE draft_id = ?", t.draft()),
                "old rounds deleted: 4·N in all");
    }

    @Test
    void initDraftChecksPermissionThenBodyThenTournamentThenCaptains(AppProcess app) {
        Api staff = Logins.staff(app);
        for (String path : List.of("/api/tournaments/init-draft", "/api/tournaments/draft-rebuild")) {
            assertEquals(NOT_AUTHENTICATED, app.api().post(path, "{}").body(), path);
            assertEquals(NO_PERMISSION, Logins.user(app).post(path, "{\"tournament_pk\": 1}").body(), path);
            Reply missing = staff.post(path, "{}");
            assertEquals(400, missing.status());
            assertEquals("{\"tournament_pk\":[\"This field is required.\"]}", missing.body());
            assertEquals("{\"tournament_pk\":[\"A valid integer is required.\"]}", staff.post(path, "{\"tournament_pk\": \"x\"}").body());
            Reply unknown = staff.post(path + "/", "{\"tournament_pk\": 999999999}");
            assertEquals(404, unknown.status());
            assertEquals("{\"error\":\"Tournament not found\"}", unknown.body());

            long captainNotPlayer = DraftArrange.user(5000);
            long tournament = DraftArrange.tournament(staff, DraftArrange.users(1000, 2000));
            DraftArrange.captain(staff, tournament, captainNotPlayer, 0);
            Reply refused = staff.post(path, "{\"tournament_pk\": \"" + tournament + "\"}");
            assertEquals(400, refused.status(), path);
            assertEquals("{\"error\":\"Draft must have captains to build teams.\"}", refused.body());
            assertEquals(JsonValue.NULL, app.api().get("/api/tournaments/" + tournament + "/").object().get("draft"),
                    "D19: nothing changed, not even a draft created");
        }
    }

    @Test
    void theTrailingSlashFormsAnswerTheSame(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "normal", List.of(4000, 4500), List.of(1000, 1100));
        Reply slash = staff.post("/api/tournaments/init-draft/", "{\"tournament_pk\": " + t.tournament() + "}");
        assertEquals(201, slash.status(), slash.body());
        assertEquals(List.of(t.captains().get(0), t.captains().get(1), t.captains().get(0), t.captains().get(1),
                t.captains().get(0), t.captains().get(1), t.captains().get(0), t.captains().get(1)),
                roundCaptains(slash.object().getJsonObject("draft")), "normal: team order in every phase");
        assertEquals(201, staff.post("/api/tournaments/draft-rebuild/", "{\"tournament_pk\": " + t.tournament() + "}").status());
        assertEquals(201, staff.post("/api/tournaments/create-team-from-captain/", "{\"tournament_pk\": " + t.tournament()
                + ", \"user_pk\": " + t.captains().get(0) + "}").status());
    }

    @Test
    void rebuildRecomputesRostersFromThePicksOrBuildsWhenThereAreNoRounds(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), List.of(3000, 2900, 2800));
        assertEquals(201, staff.post("/api/tournaments/pick_player", DraftArrange.pick(t.round(1), t.players().get(1))).status());
        long teamA = t.teams().get(0);
        Reply edited = staff.patch("/api/teams/" + teamA + "/", "{\"member_ids\": [" + t.captains().get(0) + ", "
                + t.players().get(2) + "]}");
        assertEquals(200, edited.status(), edited.body());

        Reply rebuilt = staff.post("/api/tournaments/draft-rebuild", "{\"tournament_pk\": " + t.tournament() + "}");
        assertEquals(201, rebuilt.status(), rebuilt.body());
        JsonObject team = rebuilt.object().getJsonArray("teams").getValuesAs(JsonObject.class).stream()
                .filter(x -> pk(x) == teamA).findFirst().orElseThrow();
        assertEquals(List.of(t.captains().get(0), t.players().get(1)), pks(team, "members"));
        assertEquals(t.round(1), pk(DraftArrange.roundOf(rebuilt.object().getJsonObject("draft"), 1)), "rounds untouched");

        long captain = DraftArrange.user(4000);
        long fresh = DraftArrange.tournament(staff, List.of(captain, DraftArrange.user(3000)));
        DraftArrange.captain(staff, fresh, captain, 0);
        Reply built = staff.post("/api/tournaments/draft-rebuild", "{\"tournament_pk\": " + fresh + "}");
        assertEquals(201, built.status(), built.body());
        assertEquals(4, built.object().getJsonObject("draft").getJsonArray("draft_rounds").size(), "created and built: 4·1 rounds");
    }

    @Test
    void createTeamFromCaptainMakesTheirTeamOrUpdatesItsOrder(AppProcess app) {
        Api staff = Logins.staff(app);
        long captain = DraftArrange.user(4000);
        long tournament = DraftArrange.tournament(staff, List.of(captain));
        String body = "{\"tournament_pk\": " + tournament + ", \"user_pk\": " + captain + "}";
        Reply created = staff.post("/api/tournaments/create-team-from-captain", body);
        assertEquals(201, created.status(), created.body());
        assertKeys(Keys.TOURNAMENT_FULL, created.object());
        JsonObject team = created.object().getJsonArray("teams").getJsonObject(0);
        String username = team.getJsonObject("captain").getString("username");
        assertEquals(username + "'s Team", team.getString("name"));
        assertEquals(List.of(captain), pks(team, "members"));
        assertEquals(0, team.getInt("draft_order"));
        assertEquals(List.of(captain), pks(created.object(), "captains"));

        Reply again = staff.post("/api/tournaments/create-team-from-captain", body);
        assertEquals(201, again.status(), "D18: an existing captain is not an error");
        assertEquals(1, again.object().getJsonArray("teams").size());
        Reply reordered = staff.post("/api/tournaments/create-team-from-captain", "{\"tournament_pk\": " + tournament
                + ", \"user_pk\": " + captain + ", \"draft_order\": 3}");
        assertEquals(3, reordered.object().getJsonArray("teams").getJsonObject(0).getInt("draft_order"));
        assertEquals(3, staff.post("/api/tournaments/create-team-from-captain", body).object().getJsonArray("teams")
                .getJsonObject(0).getInt("draft_order"), "draft_order 0 leaves it alone");

        assertEquals(NOT_AUTHENTICATED, app.api().post("/api/tournaments/create-team-from-captain", body).body());
        assertEquals(NO_PERMISSION, Logins.user(app).post("/api/tournaments/create-team-from-captain", body).body());
        assertEquals("{\"error\":\"Tournament not found\"}", staff.post("/api/tournaments/create-team-from-captain",
                "{\"tournament_pk\": 999999999, \"user_pk\": " + captain + "}").body());
        assertEquals("{\"error\":\"User not found\"}", staff.post("/api/tournaments/create-team-from-captain",
                "{\"tournament_pk\": " + tournament + ", \"user_pk\": 999999999}").body());
        Reply invalid = staff.post("/api/tournaments/create-team-from-captain", "{\"draft_order\": -1}");
        assertEquals(400, invalid.status());
        assertEquals(List.of("tournament_pk", "user_pk", "draft_order"), new ArrayList<>(invalid.object().keySet()));
        assertEquals("Ensure this value is greater than or equal to 0.", invalid.object().getJsonArray("draft_order").getString(0));
    }

    @Test
    void teamOrderFollowsDraftOrderThenTeamPk(AppProcess app) {
        Api staff = Logins.staff(app);
        List<Long> captains = DraftArrange.users(1000, 2000, 3000);
        long tournament = DraftArrange.tournament(staff, captains);
        DraftArrange.captain(staff, tournament, captains.get(0), 2);
        DraftArrange.captain(staff, tournament, captains.get(1), 1);
        DraftArrange.captain(staff, tournament, captains.get(2), 1);
        JsonObject draft = DraftArrange.init(staff, tournament).getJsonObject("draft");
        assertEquals(Stream.of(1, 2, 0, 0, 2, 1, 1, 2, 0, 0, 2, 1).map(captains::get).toList(), roundCaptains(draft),
                "D20: draft_order 1, 1 (by pk), 2");
    }
}
