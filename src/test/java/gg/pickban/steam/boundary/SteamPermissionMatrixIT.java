package gg.pickban.steam.boundary;

import static gg.pickban.testsupport.RoleMatrix.LEAGUE_STAFF;
import static gg.pickban.testsupport.RoleMatrix.NO_PERMISSION;
import static gg.pickban.testsupport.RoleMatrix.STAFF;
import static gg.pickban.testsupport.RoleMatrix.error;
import static gg.pickban.testsupport.RoleMatrix.rows;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.RoleMatrix;
import gg.pickban.testsupport.RoleMatrix.Row;
import gg.pickban.testsupport.Scope;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.tournament.Fixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The permission table (docs/rules.md §2.3) for the mutating Steam endpoints: every one × every role,
 * site-wide and scoped, each cell in a fresh {@link Scope}. Linking is CanManageGame (league staff
 * and organization staff of the game's league), auto-assign LeagueStaff of the tournament's league
 * (docs/decisions.md D5); sync administration is site staff only.
 */
@ExtendWith(SharedApp.class)
class SteamPermissionMatrixIT {

    private static List<Object> links(Scope s) {
        return rows("SELECT id || ' ' || COALESCE(gameid, 0) FROM game WHERE tournament_id = ? ORDER BY id", s.tournament);
    }

    private static List<Object> suggestions(Scope s) {
        return rows("SELECT id FROM steam_game_match_suggestion WHERE tournament_id = ? ORDER BY id", s.tournament);
    }

    private static List<Object> syncState(Scope s) {
        return rows("SELECT COUNT(*) FROM steam_league_sync_state WHERE league_id = ?", s.steamLeagueId);
    }

    static List<Row> table() {
        return List.of(
                new Row("POST /api/steam/games/{id}/link-match/",
                        (api, s) -> api.post("/api/steam/games/" + s.game + "/link-match/", "{\"match_id\": " + s.match + "}"),
                        LEAGUE_STAFF, 200, error("You do not have permission to link matches for this game"), SteamPermissionMatrixIT::links),
                new Row("POST /api/steam/games/{id}/link-match/ of a game attached straight to another league",
                        (api, s) -> api.post("/api/steam/games/" + (s.isNowhere() ? s.game : Fixtures.game(s.tournament,
                                Fixtures.league("Other " + s.league), s.teamA, s.teamB, null, null)) + "/link-match/", "{\"match_id\": " + s.match + "}"),
                        STAFF, 200, error("You do not have permission to link matches for this game"),
                        s -> rows("SELECT COUNT(*) FROM game WHERE tournament_id = ? AND gameid IS NOT NULL", s.tournament)),
                new Row("DELETE /api/steam/games/{id}/unlink-match/",
                        (api, s) -> api.delete("/api/steam/games/" + s.linkedGame + "/unlink-match/"),
                        LEAGUE_STAFF, 200, error("You do not have permission to unlink matches for this game"), SteamPermissionMatrixIT::links),
                new Row("POST /api/steam/auto-assign/",
                        (api, s) -> api.post("/api/steam/auto-assign/", "{\"tournament_id\": " + s.tournament + "}"),
                        LEAGUE_STAFF, 200, error("You do not have permission to auto-assign matches for this tournament"),
                        SteamPermissionMatrixIT::links),
                new Row("POST /api/steam/auto-link/",
                        (api, s) -> api.post("/api/steam/auto-link/", "{\"tournament_id\": " + s.tournament + "}"),
                        STAFF, 200, NO_PERMISSION, SteamPermissionMatrixIT::links),
                new Row("POST /api/steam/suggestions/{id}/confirm/",
                        (api, s) -> api.post("/api/steam/suggestions/" + s.suggestion + "/confirm/", null),
                        STAFF, 200, NO_PERMISSION, SteamPermissionMatrixIT::links),
                new Row("POST /api/steam/suggestions/{id}/dismiss/",
                        (api, s) -> api.post("/api/steam/suggestions/" + s.suggestion + "/dismiss/", null),
                        STAFF, 200, NO_PERMISSION, SteamPermissionMatrixIT::suggestions),
                new Row("POST /api/steam/sync/",
                        (api, s) -> api.post("/api/steam/sync/", "{\"league_id\": " + s.steamLeagueId + "}"),
                        STAFF, 200, NO_PERMISSION, SteamPermissionMatrixIT::syncState),
                new Row("POST /api/steam/retry-failed/",
                        (api, s) -> api.post("/api/steam/retry-failed/", "{\"league_id\": " + s.steamLeagueId + "}"),
                        STAFF, 200, NO_PERMISSION, SteamPermissionMatrixIT::syncState),
                new Row("POST /api/steam/relink-users/",
                        (api, s) -> api.post("/api/steam/relink-users/", "{\"match_ids\": [" + s.match + "]}"),
                        STAFF, 200, NO_PERMISSION, null));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointTimesEveryRole(AppProcess app) {
        return RoleMatrix.walk(app, table());
    }
}
