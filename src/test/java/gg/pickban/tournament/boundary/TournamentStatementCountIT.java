package gg.pickban.tournament.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import gg.pickban.tournament.Fixtures;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * N+1 guard: one tournament detail read sends the same, small number of SQL statements whether the
 * tournament has 2 teams or 16 (with their players, drop-ins, leavers and games). Counted by the
 * app itself ({@code X-SQL-Statements}, present only with the test endpoints enabled).
 */
@ExtendWith(SharedApp.class)
class TournamentStatementCountIT {

    static final int BOUND = 15;

    @Test
    void tournamentDetailNeedsTheSameBoundedNumberOfStatementsFor2And16Teams(AppProcess app) {
        long league = Fixtures.league(TestData.unique("n1league"));
        Fixtures.link(league, Fixtures.organization(TestData.unique("n1orgA")));
        Fixtures.link(league, Fixtures.organization(TestData.unique("n1orgB")));
        long small = seed(league, 2);
        long large = seed(league, 16);

        int smallCount = statements(app, "/api/tournaments/" + small + "/", 2);
        int largeCount = statements(app, "/api/tournaments/" + large + "/", 16);

        System.out.printf("SQL statements for GET /api/tournaments/{pk}/: 2 teams = %d, 16 teams = %d%n", smallCount, largeCount);
        assertTrue(smallCount > 0, "the read was rendered, not served from the cache");
        assertEquals(smallCount, largeCount, "the count must not grow with the tournament");
        assertTrue(largeCount <= BOUND, "at most " + BOUND + " statements, was " + largeCount);
    }

    @Test
    void theCounterCountsEveryStatement(AppProcess app) {
        assertEquals(4, count(app, "/api/home-stats/"), "home-stats runs exactly four COUNT queries");
    }

    @Test
    void listsStayBoundedToo(AppProcess app) {
        long league = Fixtures.league(TestData.unique("n1list"));
        seed(league, 3);
        int one = count(app, "/api/tournaments/?league=" + league);
        seed(league, 8);
        seed(league, 5);
        int three = count(app, "/api/tournaments/?league=" + league);
        assertTrue(one > 0, "rendered, not cached");
        assertEquals(one, three, "tournaments list");
        assertEquals(count(app, "/api/tournaments-list/?league=" + league), count(app, "/api/tournaments-list/?league=" + league));
    }

    /** Reads are cached per data generation: moving it on makes the measured read render afresh. */
    private static Reply rendered(AppProcess app, String path) {
        app.api().get(path);
        TestData.written();
        return app.api().get(path);
    }

    private static int statements(AppProcess app, String path, int teams) {
        Reply reply = rendered(app, path);
        assertEquals(200, reply.status(), reply.body());
        JsonObject tournament = reply.object();
        assertEquals(teams, tournament.getJsonArray("teams").size());
        assertEquals(teams * 5, tournament.getJsonArray("users").size());
        assertEquals(teams, tournament.getJsonArray("captains").size());
        assertEquals(teams - 1, tournament.getJsonArray("games").size());
        assertEquals(2, tournament.getJsonObject("league").getJsonArray("organizations").size());
        JsonObject firstTeam = tournament.getJsonArray("teams").getJsonObject(0);
        assertEquals(5, firstTeam.getJsonArray("members").size());
        assertEquals(1, firstTeam.getJsonArray("dropin_members").size());
        assertEquals(1, firstTeam.getJsonArray("left_members").size());
        return Integer.parseInt(reply.header("X-SQL-Statements"));
    }

    private static int count(AppProcess app, String path) {
        Reply reply = rendered(app, path);
        assertEquals(200, reply.status(), reply.body());
        assertNotNull(reply.header("X-SQL-Statements"));
        return Integer.parseInt(reply.header("X-SQL-Statements"));
    }

    /** Teams of five players (captain and deputy among them), one drop-in and one leaver each, a chain of games. */
    static long seed(long league, int teamCount) {
        long tournament = Fixtures.tournament(TestData.unique("n1"), Instant.parse("2026-01-21T18:00:00Z"), league);
        List<Long> teams = new ArrayList<>();
        for (int t = 0; t < teamCount; t++) {
            List<Long> players = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                long user = Fixtures.user(1000 + 100 * p);
                Fixtures.player(tournament, user);
                players.add(user);
            }
            long team = Fixtures.team(tournament, "Team " + t, players.get(0), players.get(1));
            players.forEach(player -> Fixtures.member(team, player));
            Fixtures.dropin(team, Fixtures.user(null));
            Fixtures.left(team, Fixtures.user(null));
            teams.add(team);
        }
        for (int g = 1; g < teamCount; g++) {
            Fixtures.game(tournament, null, teams.get(g - 1), teams.get(g), teams.get(g), 7_000_000_000L + g);
        }
        return tournament;
    }
}
