package gg.pickban.draft.boundary;

import static gg.pickban.testsupport.RoleMatrix.NO_PERMISSION;
import static gg.pickban.testsupport.RoleMatrix.STAFF;
import static gg.pickban.testsupport.RoleMatrix.error;
import static gg.pickban.testsupport.RoleMatrix.rows;
import static gg.pickban.testsupport.RoleMatrix.union;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.RoleMatrix;
import gg.pickban.testsupport.RoleMatrix.Role;
import gg.pickban.testsupport.RoleMatrix.Row;
import gg.pickban.testsupport.Scope;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.SteamData;
import gg.pickban.testsupport.TestData;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The permission table (docs/rules.md §2.3) for the player draft (docs/rules.md §4.4): every mutating endpoint × every role,
 * site-wide and scoped, each cell in a fresh {@link Scope}. Only picks are open to non-staff: to the
 * captain of the round, not to other captains, deputies or league and organization roles.
 */
@ExtendWith(SharedApp.class)
class DraftPermissionMatrixIT {

    private static final String NOT_YOUR_ROUND = error("Only staff or the captain for this round can make picks");

    private static List<Object> rounds(Scope s) {
        return rows("SELECT id || ' ' || pick_number || ' ' || COALESCE(captain_id, 0) || ' ' || COALESCE(choice_id, 0)"
                + " FROM draft_round WHERE draft_id = ? ORDER BY id", s.draft);
    }

    private static List<Object> draftStyle(Scope s) {
        return rows("SELECT draft_style FROM draft WHERE id = ?", s.draft);
    }

    private static List<Object> rosters(Scope s) {
        return rows("SELECT m.team_id || ' ' || m.user_id FROM team_members m JOIN team t ON t.id = m.team_id"
                + " WHERE t.tournament_id = ? ORDER BY m.team_id, m.user_id", s.tournament);
    }

    private static List<Object> tournamentOnly() {
        return rows("SELECT COUNT(*) FROM draft WHERE tournament_id IS NULL");
    }

    private static String tournamentPk(Scope s) {
        return "{\"tournament_pk\": " + s.tournament + "}";
    }

    private static String round(Scope s, long captain, int pickNumber) {
        return "{\"draft\": " + s.draft + ", \"captain_id\": " + captain + ", \"pick_phase\": 2, \"pick_number\": " + pickNumber + "}";
    }

    /** A third round with this captain (null: none yet). */
    private static long thirdRound(Scope s, Long captain) {
        if (s.isNowhere()) {
            return s.currentRound;
        }
        SteamData.update("INSERT INTO draft_round (id, draft_id, captain_id, pick_number, pick_phase)"
                + " VALUES (nextval('draft_round_seq'), ?, ?, 3, 2)", s.draft, captain);
        TestData.written();
        return ((Number) rows("SELECT id FROM draft_round WHERE draft_id = ? AND pick_number = 3", s.draft).get(0)).longValue();
    }

    private static List<Object> choices(Scope s) {
        return rows("SELECT COUNT(*) FROM draft_round WHERE draft_id = ? AND choice_id IS NOT NULL", s.draft);
    }

    static List<Row> table() {
        return List.of(
                // draft actions (docs/rules.md §4.4)
                new Row("POST /api/tournaments/init-draft",
                        (api, s) -> api.post("/api/tournaments/init-draft", tournamentPk(s)),
                        STAFF, 201, NO_PERMISSION, DraftPermissionMatrixIT::rounds),
                new Row("POST /api/tournaments/draft-rebuild",
                        (api, s) -> api.post("/api/tournaments/draft-rebuild", tournamentPk(s)),
                        STAFF, 201, NO_PERMISSION, DraftPermissionMatrixIT::rosters),
                new Row("POST /api/tournaments/create-team-from-captain",
                        (api, s) -> api.post("/api/tournaments/create-team-from-captain", "{\"tournament_pk\": " + s.tournament
                                + ", \"user_pk\": " + s.undrafted + ", \"draft_order\": 3}"),
                        STAFF, 201, NO_PERMISSION, DraftPermissionMatrixIT::rosters),
                new Row("POST /api/tournaments/pick_player in the current round",
                        (api, s) -> api.post("/api/tournaments/pick_player", "{\"draft_round_pk\": " + s.currentRound
                                + ", \"user_pk\": " + s.undrafted + "}"),
                        union(STAFF, EnumSet.of(Role.ROUND_CAPTAIN)), 201, NOT_YOUR_ROUND, DraftPermissionMatrixIT::rounds),
                new Row("POST /api/tournaments/pick_player in a round of the deputy's own team",
                        (api, s) -> api.post("/api/tournaments/pick_player", "{\"draft_round_pk\": " + thirdRound(s, s.captain)
                                + ", \"user_pk\": " + s.undrafted + "}"),
                        union(STAFF, EnumSet.of(Role.CAPTAIN)), 201, NOT_YOUR_ROUND, DraftPermissionMatrixIT::choices),
                // docs/decisions.md D17: nobody but staff gets past the permission check;
                // staff then hear that the round has no captain
                new Row("POST /api/tournaments/pick_player in a round without a captain",
                        (api, s) -> api.post("/api/tournaments/pick_player", "{\"draft_round_pk\": " + thirdRound(s, null)
                                + ", \"user_pk\": " + s.undrafted + "}"),
                        STAFF, 400, NOT_YOUR_ROUND, DraftPermissionMatrixIT::choices),
                new Row("POST /api/tournaments/undo-pick",
                        (api, s) -> api.post("/api/tournaments/undo-pick", "{\"draft_pk\": " + s.draft + "}"),
                        STAFF, 200, NO_PERMISSION, DraftPermissionMatrixIT::rounds),
                // drafts and rounds: raw administration, staff only (docs/rules.md §4.4)
                new Row("POST /api/drafts/",
                        (api, s) -> api.post("/api/drafts/", "{\"draft_style\": \"normal\"}"),
                        STAFF, 201, NO_PERMISSION, s -> tournamentOnly()),
                new Row("POST /api/draft/register",
                        (api, s) -> api.post("/api/draft/register", "{\"draft_style\": \"shuffle\"}"),
                        STAFF, 201, NO_PERMISSION, s -> tournamentOnly()),
                new Row("PUT /api/drafts/{pk}/",
                        (api, s) -> api.put("/api/drafts/" + s.draft + "/", "{\"draft_style\": \"normal\"}"),
                        STAFF, 200, NO_PERMISSION, DraftPermissionMatrixIT::draftStyle),
                new Row("PATCH /api/drafts/{pk}/",
                        (api, s) -> api.patch("/api/drafts/" + s.draft + "/", "{\"draft_style\": \"shuffle\"}"),
                        STAFF, 200, NO_PERMISSION, DraftPermissionMatrixIT::draftStyle),
                new Row("DELETE /api/drafts/{pk}/",
                        (api, s) -> api.delete("/api/drafts/" + s.draft + "/"),
                        STAFF, 204, NO_PERMISSION, DraftPermissionMatrixIT::draftStyle),
                new Row("POST /api/draftrounds/",
                        (api, s) -> api.post("/api/draftrounds/", round(s, s.captain, 3)),
                        STAFF, 201, NO_PERMISSION, DraftPermissionMatrixIT::rounds),
                new Row("POST /api/draftround/register",
                        (api, s) -> api.post("/api/draftround/register", round(s, s.roundCaptain, 4)),
                        STAFF, 201, NO_PERMISSION, DraftPermissionMatrixIT::rounds),
                new Row("PUT /api/draftrounds/{pk}/",
                        (api, s) -> api.put("/api/draftrounds/" + s.currentRound + "/", round(s, s.captain, 2)),
                        STAFF, 200, NO_PERMISSION, DraftPermissionMatrixIT::rounds),
                new Row("PATCH /api/draftrounds/{pk}/",
                        (api, s) -> api.patch("/api/draftrounds/" + s.currentRound + "/", "{\"choice_id\": " + s.undrafted + "}"),
                        STAFF, 200, NO_PERMISSION, DraftPermissionMatrixIT::rounds),
                new Row("DELETE /api/draftrounds/{pk}/",
                        (api, s) -> api.delete("/api/draftrounds/" + s.currentRound + "/"),
                        STAFF, 204, NO_PERMISSION, DraftPermissionMatrixIT::rounds));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointTimesEveryRole(AppProcess app) {
        return RoleMatrix.walk(app, table());
    }
}
