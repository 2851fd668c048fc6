package gg.pickban.tournament.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import gg.pickban.tournament.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deleting a user applies the team rules to every team they were in (docs/rules.md §3.1, §3.3). */
@ExtendWith(SharedApp.class)
class TeamsOfDeletedUserIT {

    private static Long captainOf(long team) {
        return Fixtures.number("SELECT captain_id FROM team WHERE id = ?", team);
    }

    private static Long deputyOf(long team) {
        return Fixtures.number("SELECT deputy_captain_id FROM team WHERE id = ?", team);
    }

    @Test
    void theDeletedUsersTeamsFollowTheMembershipRules(AppProcess app) {
        long tournament = Fixtures.tournament(TestData.unique("del"), Instant.now(), null);
        long leaving = Fixtures.user(5000);
        long deputy = Fixtures.user(100);
        long weak = Fixtures.user(1000);
        long strong = Fixtures.user(2000);
        Fixtures.player(tournament, leaving);

        long deputySucceeds = Fixtures.team(tournament, "Deputy", leaving, deputy);
        Fixtures.member(deputySucceeds, leaving);
        Fixtures.member(deputySucceeds, deputy);
        Fixtures.member(deputySucceeds, weak);
        long captainedOnly = Fixtures.team(tournament, "Captained", leaving, null);
        Fixtures.member(captainedOnly, weak);
        Fixtures.member(captainedOnly, strong);
        long onlyMember = Fixtures.team(tournament, "Alone", null, null);
        Fixtures.member(onlyMember, leaving);
        long gameOfAlone = Fixtures.game(tournament, null, captainedOnly, onlyMember, null, null);
        long deputyOnly = Fixtures.team(tournament, "Deputised", strong, leaving);
        Fixtures.member(deputyOnly, strong);
        Fixtures.member(deputyOnly, leaving);
        Fixtures.dropin(deputyOnly, leaving);

        Reply deleted = Logins.staff(app).delete("/api/users/" + leaving + "/");
        assertEquals(204, deleted.status(), deleted.body());

        assertEquals(deputy, captainOf(deputySucceeds), "the deputy succeeds");
        assertEquals(null, deputyOf(deputySucceeds));
        assertEquals(strong, captainOf(captainedOnly), "not a member, yet the captaincy passes to the highest MMR");
        assertFalse(Fixtures.exists("team", onlyMember), "left empty: deleted");
        assertFalse(Fixtures.exists("game", gameOfAlone), "with its games");
        assertEquals(strong, captainOf(deputyOnly));
        assertEquals(null, deputyOf(deputyOnly), "the deputy slot is cleared");
        assertEquals(1L, Fixtures.number("SELECT COUNT(*) FROM team_members WHERE team_id = ?", deputyOnly));
        assertEquals(0L, Fixtures.number("SELECT COUNT(*) FROM team_dropin_members WHERE user_id = ?", leaving));
        assertEquals(0L, Fixtures.number("SELECT COUNT(*) FROM tournament_users WHERE user_id = ?", leaving));
        assertTrue(Fixtures.exists("tournament", tournament));
        assertEquals(200, app.api().get("/api/tournaments/" + tournament + "/").status());
    }
}
