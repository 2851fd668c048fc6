package gg.pickban.draft.boundary;

import static gg.pickban.draft.DraftArrange.pk;
import static gg.pickban.tournament.Keys.assertKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.draft.DraftArrange;
import gg.pickban.draft.DraftArrange.Arranged;
import gg.pickban.draft.DraftKeys;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.tournament.Fixtures;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The draft and round routers (raw administration, docs/rules.md §4.4): shapes, permissions, validation, raw edits without rules. */
@ExtendWith(SharedApp.class)
class DraftRouterIT {

    private static final String NO_PERMISSION = "{\"detail\":\"You do not have permission to perform this action.\"}";
    private static final String NOT_AUTHENTICATED = "{\"detail\":\"Authentication credentials were not provided.\"}";

    @Test
    void draftsAreReadByAnyoneAsDraftFull(AppProcess app) {
        Arranged t = DraftArrange.draft(Logins.staff(app), "normal", List.of(5000, 4000), List.of(3000));
        JsonObject draft = app.api().get("/api/drafts/" + t.draft() + "/").object();
        assertKeys(DraftKeys.DRAFT_FULL, draft);
        assertEquals("normal", draft.getString("draft_style"));
        assertKeys(DraftKeys.TOURNAMENT_FOR_DRAFT, draft.getJsonObject("tournament"));
        assertEquals(t.teams(), draft.getJsonObject("tournament").getJsonArray("teams").getValuesAs(JsonObject.class).stream()
                .map(DraftArrange::pk).toList());
        assertEquals(t.captains(), draft.getJsonObject("tournament").getJsonArray("captains").getValuesAs(JsonObject.class)
                .stream().map(DraftArrange::pk).toList());
        assertEquals(t.draftState().get("draft_rounds"), draft.get("draft_rounds"));
        assertEquals(t.draftState().get("users_remaining"), draft.get("users_remaining"));
        assertEquals(draft, app.api().get("/api/drafts/" + t.draft()).object(), "without the trailing slash");
        List<Long> all = app.api().get("/api/drafts/").array().getValuesAs(JsonObject.class).stream().map(DraftArrange::pk).toList();
        assertTrue(all.contains(t.draft()));
        assertEquals(all.stream().sorted().toList(), all, "by pk");
        assertEquals(404, app.api().get("/api/drafts/999999999/").status());
        assertEquals("{\"detail\":\"Not found.\"}", app.api().get("/api/drafts/abc/").body());
    }

    @Test
    void staffCreatesDraftsWithoutATournamentAndChangesOnlyTheStyle(AppProcess app) {
        Api staff = Logins.staff(app);
        Reply created = staff.post("/api/drafts/", "{\"draft_style\": \"shuffle\", \"tournament\": 5}");
        assertEquals(201, created.status(), created.body());
        assertKeys(DraftKeys.DRAFT_FULL, created.object());
        assertEquals(JsonValue.NULL, created.object().get("tournament"), "the tournament cannot be set here");
        assertEquals(JsonValue.NULL, created.object().get("latest_round"));
        assertEquals(0, created.object().getJsonArray("users_remaining").size());
        Reply registered = staff.post("/api/draft/register", "");
        assertEquals(201, registered.status());
        assertEquals("snake", registered.object().getString("draft_style"));
        assertEquals("{\"draft_style\":[\"\\\"x\\\" is not a valid choice.\"]}", staff.post("/api/drafts/", "{\"draft_style\": \"x\"}").body());

        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), List.of(3000));
        Reply restyled = staff.put("/api/drafts/" + t.draft() + "/", "{\"draft_style\": \"shuffle\"}");
        assertEquals(200, restyled.status(), restyled.body());
        assertEquals("shuffle", restyled.object().getString("draft_style"));
        assertEquals(t.draftState().get("draft_rounds"), restyled.object().get("draft_rounds"), "no rebuild");
        assertEquals("{\"draft_style\":[\"This field may not be null.\"]}",
                staff.patch("/api/drafts/" + t.draft() + "/", "{\"draft_style\": null}").body());
        assertEquals(200, staff.patch("/api/drafts/" + t.draft(), "{}").status());

        long bare = pk(registered.object());
        assertEquals(NOT_AUTHENTICATED, app.api().delete("/api/drafts/" + bare + "/").body());
        assertEquals(NO_PERMISSION, Logins.user(app).delete("/api/drafts/" + bare + "/").body());
        assertEquals(NO_PERMISSION, Logins.user(app).patch("/api/drafts/" + bare + "/", "{\"draft_style\": \"normal\"}").body());
        assertEquals(NO_PERMISSION, Logins.user(app).post("/api/draft/register", "{}").body());
        assertEquals(NOT_AUTHENTICATED, app.api().post("/api/drafts/", "{}").body());
        assertEquals(404, staff.patch("/api/drafts/999999999/", "{}").status());
        assertEquals(204, staff.delete("/api/drafts/" + t.draft() + "/").status());
        assertEquals(0, Fixtures.number("SELECT COUNT(*) FROM draft_round WHERE draft_id = ?", t.draft()), "rounds go with it");
        assertEquals(0, Fixtures.number("SELECT COUNT(*) FROM draft_event WHERE draft_id = ?", t.draft()), "events go with it");
        assertEquals(JsonValue.NULL, app.api().get("/api/tournaments/" + t.tournament() + "/").object().get("draft"));
        assertEquals(404, staff.delete("/api/drafts/" + t.draft() + "/").status());
    }

    @Test
    void roundsAreReadByAnyoneAndEditedRawByStaff(AppProcess app) {
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), List.of(3000, 2900));
        JsonObject round = app.api().get("/api/draftrounds/" + t.round(2) + "/").object();
        assertKeys(DraftKeys.ROUND, round);
        assertEquals(DraftArrange.roundOf(t.draftState(), 2), round);
        assertTrue(app.api().get("/api/draftrounds/").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> pk(r) == t.round(2)));

        Reply edited = staff.patch("/api/draftrounds/" + t.round(2), "{\"choice_id\": " + t.players().get(0)
                + ", \"captain_id\": " + t.captains().get(0) + ", \"was_tie\": true}");
        assertEquals(200, edited.status(), edited.body());
        assertEquals(t.players().get(0), pk(edited.object().getJsonObject("choice")));
        assertEquals(t.teams().get(0), pk(edited.object().getJsonObject("team")), "the team follows the captain");
        assertEquals(0, Fixtures.number("SELECT COUNT(*) FROM team_members WHERE user_id = ?", t.players().get(0)),
                "raw edits bypass the rules: no roster change");
        assertEquals(List.of("draft_started").size() - 1, Fixtures.number("SELECT COUNT(*) FROM draft_event WHERE draft_id = ?", t.draft()),
                "and no events");

        Reply created = staff.post("/api/draftrounds/", "{\"draft\": " + t.draft() + ", \"pick_phase\": 4, \"pick_number\": 9}");
        assertEquals(201, created.status(), created.body());
        assertKeys(DraftKeys.ROUND, created.object());
        assertEquals(JsonValue.NULL, created.object().get("captain"));
        Reply registered = staff.post("/api/draftround/register", "{\"draft\": " + t.draft() + ", \"pick_phase\": 4, \"pick_number\": 10,"
                + " \"captain_id\": " + t.captains().get(1) + "}");
        assertEquals(201, registered.status(), registered.body());
        assertEquals(10, app.api().get("/api/drafts/" + t.draft() + "/").object().getJsonArray("draft_rounds").size());

        Reply invalid = staff.post("/api/draftrounds/", "{\"draft\": 999999999, \"pick_phase\": 5, \"choice_id\": \"x\"}");
        assertEquals(400, invalid.status());
        JsonObject errors = invalid.object();
        assertEquals("Invalid pk \"999999999\" - object does not exist.", errors.getJsonArray("draft").getString(0));
        assertEquals("Ensure this value is less than or equal to 4.", errors.getJsonArray("pick_phase").getString(0));
        assertEquals("This field is required.", errors.getJsonArray("pick_number").getString(0));
        assertEquals("Incorrect type. Expected pk value, received str.", errors.getJsonArray("choice_id").getString(0));
        assertEquals("{\"draft\":[\"This field is required.\"],\"pick_phase\":[\"This field is required.\"],"
                + "\"pick_number\":[\"This field is required.\"]}", staff.put("/api/draftrounds/" + t.round(2) + "/", "{}").body());

        assertEquals(NOT_AUTHENTICATED, app.api().delete("/api/draftrounds/" + t.round(1) + "/").body());
        assertEquals(NO_PERMISSION, Logins.as(app, t.captains().get(0)).patch("/api/draftrounds/" + t.round(1) + "/", "{}").body());
        assertEquals(NO_PERMISSION, Logins.user(app).post("/api/draftround/register", "{}").body());
        assertEquals(204, staff.delete("/api/draftrounds/" + pk(created.object()) + "/").status());
        assertEquals(404, app.api().get("/api/draftrounds/" + pk(created.object()) + "/").status());
        assertEquals(404, app.api().get("/api/draftrounds/x/").status());
    }
}
