package gg.pickban.tournament.boundary;

import static gg.pickban.testsupport.RoleMatrix.LEAGUE_ADMIN;
import static gg.pickban.testsupport.RoleMatrix.LEAGUE_STAFF;
import static gg.pickban.testsupport.RoleMatrix.NO_PERMISSION;
import static gg.pickban.testsupport.RoleMatrix.STAFF;
import static gg.pickban.testsupport.RoleMatrix.detail;
import static gg.pickban.testsupport.RoleMatrix.error;
import static gg.pickban.testsupport.RoleMatrix.rows;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.RoleMatrix;
import gg.pickban.testsupport.RoleMatrix.Row;
import gg.pickban.testsupport.Scope;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.tournament.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The permission table (docs/rules.md §2.3) for tournaments, teams, games and brackets:
 * every mutating endpoint × every role, site-wide and scoped, each cell in a fresh {@link Scope}.
 */
@ExtendWith(SharedApp.class)
class TournamentPermissionMatrixIT {

    private static final String CREATE_TOURNAMENT = detail("You do not have permission to create tournaments in this league.");
    private static final String EDIT_TOURNAMENT = detail("You do not have permission to edit this tournament.");
    private static final String CREATE_GAME = detail("You do not have permission to create games in this tournament.");
    private static final String MANAGE_GAME = detail("You do not have permission to manage this game.");

    private static String tournament(Scope s) {
        return "/api/tournaments/" + s.tournament + "/";
    }

    private static String bracket(Scope s) {
        return "/api/bracket/tournaments/" + s.tournament + "/";
    }

    /** What a create call names its tournament, so its state can be found. */
    private static String created(Scope s) {
        return "Matrix created " + s.tournament;
    }

    private static String newTournament(Scope s, String leagueKey, Object league) {
        return "{\"name\": \"" + created(s) + "\", \"tournament_type\": \"double_elimination\", \"date_played\": \"2026-01-21T18:00:00\","
                + " \"timezone\": \"UTC\", \"" + leagueKey + "\": " + league + "}";
    }

    private static List<Object> tournamentsCreated(Scope s) {
        return rows("SELECT COUNT(*) FROM tournament WHERE name = ?", created(s));
    }

    private static List<Object> tournamentRow(Scope s) {
        return rows("SELECT name || ' ' || COALESCE(league_id, 0) FROM tournament WHERE id = ?", s.tournament);
    }

    private static List<Object> players(Scope s) {
        return rows("SELECT user_id FROM tournament_users WHERE tournament_id = ? ORDER BY user_id", s.tournament);
    }

    private static List<Object> teams(Scope s) {
        return rows("SELECT name || ' ' || draft_order || ' ' || COALESCE(captain_id, 0) FROM team WHERE tournament_id = ? ORDER BY id",
                s.tournament);
    }

    private static List<Object> teamsNamed(Scope s) {
        return rows("SELECT COUNT(*) FROM team WHERE name = ?", "Matrix team " + s.tournament);
    }

    private static List<Object> games(Scope s) {
        return rows("SELECT id || ' ' || COALESCE(tournament_id, 0) || ' ' || round || ' ' || COALESCE(gameid, 0) || ' '"
                + " || COALESCE(winning_team_id, 0) FROM game WHERE tournament_id = ? OR league_id = ? OR id = ? ORDER BY id",
                s.tournament, s.league, s.game);
    }

    /** A tournament without a league, named after the scope. */
    private static long leagueless(Scope s) {
        return s.isNowhere() ? s.tournament : Fixtures.tournament("Leagueless " + s.tournament, Instant.now(), null);
    }

    private static List<Object> leaguelessGames(Scope s) {
        return rows("SELECT COUNT(*) FROM game g JOIN tournament t ON t.id = g.tournament_id WHERE t.name = ?", "Leagueless " + s.tournament);
    }

    /**
     * A game of the scope's tournament, between its teams, but attached straight to another league:
     * CanManageGame looks at the direct league first, so the scope's league roles do not reach it.
     */
    private static long gameOfOtherLeague(Scope s) {
        return s.isNowhere() ? s.game : Fixtures.game(s.tournament, Fixtures.league("Other " + s.league), s.teamA, s.teamB, null, null);
    }

    private static String newGame(long tournament, Scope s) {
        return "{\"tournament_id\": " + tournament + ", \"radiant_team_id\": " + s.teamA + ", \"dire_team_id\": " + s.teamB + "}";
    }

    static List<Row> table() {
        return List.of(
                // tournaments (docs/decisions.md D5)
                new Row("POST /api/tournaments/ in the league",
                        (api, s) -> api.post("/api/tournaments/", newTournament(s, "league_id_write", s.league)),
                        LEAGUE_ADMIN, 201, CREATE_TOURNAMENT, TournamentPermissionMatrixIT::tournamentsCreated),
                new Row("POST /api/tournament/register in the league",
                        (api, s) -> api.post("/api/tournament/register", newTournament(s, "league", s.league)),
                        LEAGUE_ADMIN, 201, CREATE_TOURNAMENT, TournamentPermissionMatrixIT::tournamentsCreated),
                new Row("POST /api/tournament/register naming the league but writing another (D5, D6)",
                        (api, s) -> api.post("/api/tournament/register", newTournament(s, "league", s.league).replace("}",
                                ", \"league_id_write\": " + (s.isNowhere() ? s.league : Fixtures.league("Other " + s.league)) + "}")),
                        STAFF, 201, CREATE_TOURNAMENT, TournamentPermissionMatrixIT::tournamentsCreated),
                new Row("POST /api/tournaments/ without a league",
                        (api, s) -> api.post("/api/tournaments/", newTournament(s, "league_id_write", null)),
                        STAFF, 201, NO_PERMISSION, TournamentPermissionMatrixIT::tournamentsCreated),
                new Row("PUT /api/tournaments/{pk}/",
                        (api, s) -> api.put(tournament(s), "{\"name\": \"Renamed\", \"tournament_type\": \"swiss\","
                                + " \"date_played\": \"2026-02-01T18:00:00\", \"timezone\": \"UTC\", \"league\": " + s.league + "}"),
                        LEAGUE_ADMIN, 200, EDIT_TOURNAMENT, TournamentPermissionMatrixIT::tournamentRow),
                new Row("PATCH /api/tournaments/{pk}/ card edit",
                        (api, s) -> api.patch(tournament(s), "{\"name\": \"Renamed\", \"state\": \"in_progress\","
                                + " \"tournament_type\": \"swiss\", \"date_played\": \"2026-02-01T18:00:00\", \"timezone\": \"UTC\","
                                + " \"league_id_write\": " + s.league + "}"),
                        LEAGUE_ADMIN, 200, EDIT_TOURNAMENT, TournamentPermissionMatrixIT::tournamentRow),
                new Row("PATCH /api/tournaments/{pk}/ players tab",
                        (api, s) -> api.patch(tournament(s), "{\"user_ids\": [" + s.captain + ", " + s.deputy + ", " + s.roundCaptain
                                + ", " + s.drafted + ", " + s.undrafted + ", " + s.outsider + "]}"),
                        LEAGUE_ADMIN, 200, EDIT_TOURNAMENT, TournamentPermissionMatrixIT::players),
                new Row("PATCH /api/tournaments/{pk}/ into a league nobody here administers (D5)",
                        (api, s) -> api.patch(tournament(s), "{\"league_id_write\": " + Fixtures.league("Other " + s.league) + "}"),
                        STAFF, 200, EDIT_TOURNAMENT, TournamentPermissionMatrixIT::tournamentRow),
                // a move asks LeagueAdmin of the *new* league only (docs/rules.md §2.2); releasing the tournament from its league asks nothing more
                new Row("PATCH /api/tournaments/{pk}/ out of any league",
                        (api, s) -> api.patch(tournament(s), "{\"league_id_write\": null}"),
                        LEAGUE_ADMIN, 200, EDIT_TOURNAMENT, TournamentPermissionMatrixIT::tournamentRow),
                new Row("DELETE /api/tournaments/{pk}/",
                        (api, s) -> api.delete(tournament(s)),
                        LEAGUE_ADMIN, 204, EDIT_TOURNAMENT, TournamentPermissionMatrixIT::tournamentRow),
                // teams: staff only, captains included
                new Row("POST /api/teams/",
                        (api, s) -> api.post("/api/teams/", "{\"name\": \"Matrix team " + s.tournament + "\", \"tournament_id\": "
                                + s.tournament + ", \"captain_id\": " + s.undrafted + "}"),
                        STAFF, 201, NO_PERMISSION, TournamentPermissionMatrixIT::teamsNamed),
                new Row("POST /api/team/register",
                        (api, s) -> api.post("/api/team/register", "{\"name\": \"Matrix team " + s.tournament + "\", \"tournament_id\": "
                                + s.tournament + ", \"member_ids\": [" + s.undrafted + "]}"),
                        STAFF, 201, NO_PERMISSION, TournamentPermissionMatrixIT::teamsNamed),
                new Row("PUT /api/teams/{pk}/",
                        (api, s) -> api.put("/api/teams/" + s.teamA + "/", "{\"pk\": " + s.teamA + ", \"name\": \"Renamed\", \"tournament_id\": "
                                + s.tournament + ", \"captain_id\": " + s.captain + ", \"member_ids\": [" + s.captain + ", " + s.deputy + "]}"),
                        STAFF, 200, NO_PERMISSION, TournamentPermissionMatrixIT::teams),
                new Row("PATCH /api/teams/{pk}/ draft order",
                        (api, s) -> api.patch("/api/teams/" + s.teamA + "/", "{\"draft_order\": 7}"),
                        STAFF, 200, NO_PERMISSION, TournamentPermissionMatrixIT::teams),
                new Row("DELETE /api/teams/{pk}/",
                        (api, s) -> api.delete("/api/teams/" + s.teamA + "/"),
                        STAFF, 204, NO_PERMISSION, TournamentPermissionMatrixIT::teams),
                // games (CanManageGame)
                new Row("POST /api/games/",
                        (api, s) -> api.post("/api/games/", newGame(s.tournament, s)),
                        LEAGUE_STAFF, 201, CREATE_GAME, TournamentPermissionMatrixIT::games),
                new Row("POST /api/game/register",
                        (api, s) -> api.post("/api/game/register", newGame(s.tournament, s)),
                        LEAGUE_STAFF, 201, CREATE_GAME, TournamentPermissionMatrixIT::games),
                new Row("POST /api/games/ in a tournament without a league (D5)",
                        (api, s) -> api.post("/api/games/", newGame(leagueless(s), s)),
                        STAFF, 201, CREATE_GAME, TournamentPermissionMatrixIT::leaguelessGames),
                new Row("POST /api/games/ naming the tournament but writing one without a league (D5)",
                        (api, s) -> api.post("/api/games/", newGame(leagueless(s), s).replace("{", "{\"tournament\": " + s.tournament + ", ")),
                        STAFF, 201, CREATE_GAME, TournamentPermissionMatrixIT::leaguelessGames),
                new Row("PUT /api/games/{pk}/",
                        (api, s) -> api.put("/api/games/" + s.game + "/", "{\"tournament_id\": " + s.tournament + ", \"round\": 2,"
                                + " \"radiant_team_id\": " + s.teamB + ", \"dire_team_id\": " + s.teamA + "}"),
                        LEAGUE_STAFF, 200, MANAGE_GAME, TournamentPermissionMatrixIT::games),
                new Row("PATCH /api/games/{pk} (no slash, as the frontend)",
                        (api, s) -> api.patch("/api/games/" + s.game, "{\"gameid\": 8123456789, \"winning_team_id\": " + s.teamA + "}"),
                        LEAGUE_STAFF, 200, MANAGE_GAME, TournamentPermissionMatrixIT::games),
                new Row("PATCH /api/games/{pk}/ of a game attached straight to the league",
                        (api, s) -> api.patch("/api/games/" + (s.isNowhere() ? s.game : Fixtures.game(null, s.league, null, null, null, null)) + "/",
                                "{\"round\": 3}"),
                        LEAGUE_STAFF, 200, MANAGE_GAME, s -> rows("SELECT COUNT(*) FROM game WHERE league_id = ? AND round = 3", s.league)),
                new Row("PATCH /api/games/{pk}/ of the tournament but attached straight to another league",
                        (api, s) -> api.patch("/api/games/" + gameOfOtherLeague(s) + "/", "{\"round\": 3}"),
                        STAFF, 200, MANAGE_GAME, s -> rows("SELECT COUNT(*) FROM game WHERE tournament_id = ? AND round = 3", s.tournament)),
                new Row("PATCH /api/games/{pk}/ into a tournament without a league (D5)",
                        (api, s) -> api.patch("/api/games/" + s.game + "/", "{\"tournament_id\": " + leagueless(s) + "}"),
                        STAFF, 200, MANAGE_GAME, TournamentPermissionMatrixIT::games),
                new Row("DELETE /api/games/{pk}/",
                        (api, s) -> api.delete("/api/games/" + s.game + "/"),
                        LEAGUE_STAFF, 204, MANAGE_GAME, TournamentPermissionMatrixIT::games),
                // brackets (docs/rules.md §6)
                new Row("POST /api/bracket/tournaments/{id}/save/",
                        (api, s) -> api.post(bracket(s) + "save/", "{\"matches\": [{\"id\": \"solo\"}]}"),
                        LEAGUE_ADMIN, 200, error("You do not have permission to save brackets for this tournament"),
                        TournamentPermissionMatrixIT::games),
                new Row("POST /api/bracket/tournaments/{id}/save/ of a tournament without a league",
                        (api, s) -> api.post("/api/bracket/tournaments/" + leagueless(s) + "/save/", "{\"matches\": [{\"id\": \"solo\"}]}"),
                        STAFF, 200, error("You do not have permission to save brackets for this tournament"),
                        TournamentPermissionMatrixIT::leaguelessGames),
                new Row("POST /api/bracket/games/{id}/advance-winner/ of a game attached straight to another league",
                        (api, s) -> api.post("/api/bracket/games/" + gameOfOtherLeague(s) + "/advance-winner/", "{\"winner\": \"radiant\"}"),
                        STAFF, 200, error("You do not have permission to manage this game"),
                        s -> rows("SELECT COUNT(*) FROM game WHERE tournament_id = ? AND winning_team_id IS NOT NULL", s.tournament)),
                new Row("POST /api/bracket/tournaments/{id}/generate/",
                        (api, s) -> api.post(bracket(s) + "generate/", "{\"seeding_method\": \"random\"}"),
                        LEAGUE_ADMIN, 200, error("You do not have permission to generate brackets for this tournament"),
                        TournamentPermissionMatrixIT::games),
                new Row("PATCH /api/bracket/tournaments/{id}/teams/{team}/placement/",
                        (api, s) -> api.patch(bracket(s) + "teams/" + s.teamA + "/placement/", "{\"placement\": 1}"),
                        LEAGUE_ADMIN, 200, error("You do not have permission to set placements in this tournament"),
                        s -> rows("SELECT placement FROM team WHERE id = ?", s.teamA)),
                new Row("POST /api/bracket/games/{id}/advance-winner/",
                        (api, s) -> api.post("/api/bracket/games/" + s.game + "/advance-winner/", "{\"winner\": \"radiant\"}"),
                        LEAGUE_STAFF, 200, error("You do not have permission to manage this game"),
                        TournamentPermissionMatrixIT::games));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointTimesEveryRole(AppProcess app) {
        return RoleMatrix.walk(app, table());
    }
}
