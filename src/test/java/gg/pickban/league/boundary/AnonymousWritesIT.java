package gg.pickban.league.boundary;

import static gg.pickban.league.boundary.LeagueFixtures.NOT_AUTHENTICATED;
import static gg.pickban.league.boundary.LeagueFixtures.league;
import static gg.pickban.league.boundary.LeagueFixtures.organization;
import static gg.pickban.league.boundary.LeagueFixtures.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every write of this component refuses anonymous callers first: 403, never 401 (docs/rules.md §2.2). */
@ExtendWith(SharedApp.class)
class AnonymousWritesIT {

    @Test
    void everyWriteAnswersTheAuthenticationDetail(AppProcess app) {
        Api staff = Logins.staff(app);
        long org = organization(staff, TestData.unique("anon"));
        long leaguePk = league(staff, TestData.unique("anon"), org);
        long someone = user("someone");
        String body = "{\"user_id\": " + someone + ", \"name\": \"x\", \"steam_league_id\": 1}";
        List<String[]> writes = List.of(
                new String[] {"POST", "/api/organizations/"},
                new String[] {"PUT", "/api/organizations/" + org + "/"},
                new String[] {"PATCH", "/api/organizations/" + org},
                new String[] {"DELETE", "/api/organizations/" + org + "/"},
                new String[] {"POST", "/api/organizations/" + org + "/admins/"},
                new String[] {"DELETE", "/api/organizations/" + org + "/admins/" + someone + "/"},
                new String[] {"POST", "/api/organizations/" + org + "/staff"},
                new String[] {"DELETE", "/api/organizations/" + org + "/staff/" + someone},
                new String[] {"POST", "/api/organizations/" + org + "/transfer-ownership/"},
                new String[] {"POST", "/api/leagues/"},
                new String[] {"PUT", "/api/leagues/" + leaguePk + "/"},
                new String[] {"PATCH", "/api/leagues/" + leaguePk},
                new String[] {"DELETE", "/api/leagues/" + leaguePk + "/"},
                new String[] {"POST", "/api/leagues/" + leaguePk + "/admins/"},
                new String[] {"DELETE", "/api/leagues/" + leaguePk + "/admins/" + someone + "/"},
                new String[] {"POST", "/api/leagues/" + leaguePk + "/staff/"},
                new String[] {"DELETE", "/api/leagues/" + leaguePk + "/staff/" + someone});
        for (String[] write : writes) {
            boolean hasBody = !write[0].equals("DELETE");
            Reply reply = app.api().send(write[0], write[1], hasBody ? body : null, hasBody ? "application/json" : null);
            assertEquals(403, reply.status(), write[0] + " " + write[1]);
            assertEquals(NOT_AUTHENTICATED, reply.body(), write[0] + " " + write[1]);
            assertNull(reply.header("WWW-Authenticate"), write[0] + " " + write[1]);
        }
        assertEquals(200, app.api().get("/api/organizations/" + org + "/").status(), "nothing was deleted");
        assertEquals(200, app.api().get("/api/leagues/" + leaguePk + "/").status());
    }
}
