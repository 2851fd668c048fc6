package gg.pickban.tournament.entity;

import static gg.pickban.tournament.entity.Players.player;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.League;
import gg.pickban.league.entity.LeagueProfile;
import gg.pickban.league.entity.RichText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replacing the player set (docs/rules.md §3.3), disbanding, captains and docs/decisions.md D58. */
class TournamentTest {

    private final User alice = player(1, 4000);
    private final User bob = player(2, 3000);
    private final User carol = player(3, 2000);
    private final User dave = player(4, 1000);
    private final User erin = player(5, 1500);

    private final Tournament tournament = new Tournament("Cup", Instant.EPOCH, "swiss", 17929);

    private Team team(String name, User captain, User... members) {
        Team team = new Team(tournament, name);
        team.appointCaptain(captain);
        team.replaceMembers(List.of(members), false);
        return team;
    }

    @Test
    void teamsCaptainedByDepartingPlayersGoFirstWithTheirGamesAndTheWinnerSlot() {
        tournament.registerPlayers(List.of(alice, bob, carol, dave));
        Team alices = team("A", alice, alice, carol);
        Team bobs = team("B", bob, bob, dave);
        Game final1 = new Game(tournament);
        final1.assignRadiant(alices);
        final1.assignDire(bobs);
        Game other = new Game(tournament);
        other.assignRadiant(bobs);
        tournament.declareWinner(alices);

        Disbanded gone = tournament.replacePlayers(List.of(bob, carol, dave));

        assertEquals(List.of(alices), gone.teams(), "alice's team goes although carol is still in it");
        assertEquals(List.of(final1), gone.games());
        assertEquals(List.of(bobs), tournament.teams());
        assertEquals(List.of(other), tournament.games());
        assertNull(tournament.winningTeam());
        assertEquals(List.of(bob, carol, dave), List.copyOf(tournament.users()));
    }

    @Test
    void departedPlayersThenLeaveTheRemainingTeamsUnderTheMembershipRules() {
        tournament.registerPlayers(List.of(alice, bob, carol, dave, erin));
        Team kept = team("Kept", alice, alice, bob, carol);
        kept.appointDeputy(bob);
        Team emptied = team("Emptied", null, dave);
        Game ofEmptied = new Game(tournament);
        ofEmptied.declareWinner(emptied);

        Disbanded gone = tournament.replacePlayers(List.of(alice, carol, erin));

        assertEquals(List.of(emptied), gone.teams());
        assertEquals(List.of(ofEmptied), gone.games());
        assertEquals(List.of(alice, carol), List.copyOf(kept.members()));
        assertSame(alice, kept.captain());
        assertNull(kept.deputyCaptain(), "bob was the deputy");
        assertEquals(List.of(kept), tournament.teams());
    }

    @Test
    void addingPlayersHasNoSideEffect() {
        tournament.registerPlayers(List.of(alice));
        Team team = team("A", bob, carol);
        assertTrue(tournament.replacePlayers(List.of(alice, bob, carol)).isEmpty());
        assertEquals(List.of(team), tournament.teams());
    }

    @Test
    void captainsArePlayersWhoCaptainATeamByPk() {
        tournament.registerPlayers(List.of(carol, alice, dave));
        team("C", carol);
        team("A", alice);
        team("B", bob);
        assertEquals(List.of(alice, carol), tournament.captains(), "bob captains but is no player");
    }

    @Test
    void teamsAndGamesMovingBetweenTournamentsKeepBothListsInStep() {
        Tournament other = new Tournament("Other", Instant.EPOCH, "swiss", 17929);
        Team team = team("A", alice);
        Game game = new Game(tournament);
        team.moveTo(other);
        game.moveTo(other);
        assertEquals(List.of(), tournament.teams());
        assertEquals(List.of(team), other.teams());
        assertEquals(List.of(game), other.games());
    }

    @Test
    void d58TheSteamLeagueFollowsTheLeague() {
        League league = new League(new LeagueProfile(4242, "League", RichText.EMPTY, RichText.EMPTY, "", "UTC", null), Instant.EPOCH);
        tournament.moveToLeague(league, 17929);
        assertEquals(4242, tournament.steamLeagueId());
        tournament.moveToLeague(null, 17929);
        assertEquals(17929, tournament.steamLeagueId());
    }

    @Test
    void onlyTheThreeStatesAreAccepted() {
        tournament.changeState("in_progress");
        assertEquals("in_progress", tournament.state());
        assertThrows(IllegalArgumentException.class, () -> tournament.changeState("signup"));
    }
}
