package gg.pickban.tournament.entity;

import static gg.pickban.tournament.entity.Players.player;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.identity.entity.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The membership rules of docs/rules.md §3.3, docs/decisions.md D9 and the team total MMR. */
class TeamTest {

    private final User captain = player(1, 3000);
    private final User deputy = player(2, 1000);
    private final User strong = player(3, 5000);
    private final User weak = player(4, 2000);

    private Team team(User... members) {
        Team team = new Team(null, "Radiant");
        team.replaceMembers(List.of(members), false);
        team.appointCaptain(captain);
        team.appointDeputy(deputy);
        return team;
    }

    @Test
    void removingTheLastMembersLeavesTheTeamToBeDeleted() {
        Team team = team(captain, deputy);
        assertEquals(Team.Remaining.NOBODY, team.removeMembers(List.of(captain, deputy)));
        assertTrue(team.members().isEmpty());
    }

    @Test
    void aRemovedCaptainIsSucceededByTheDeputyWhoseSlotIsCleared() {
        Team team = team(captain, deputy, strong);
        assertEquals(Team.Remaining.TEAM, team.removeMembers(List.of(captain)));
        assertSame(deputy, team.captain(), "the deputy, not the higher-MMR member");
        assertNull(team.deputyCaptain());
    }

    @Test
    void withoutAUsableDeputyTheHighestMmrMemberSucceeds() {
        Team team = team(captain, deputy, strong, weak);
        assertEquals(Team.Remaining.TEAM, team.removeMembers(List.of(captain, deputy)), "the deputy left too");
        assertSame(strong, team.captain());
        assertNull(team.deputyCaptain());

        Team noDeputy = team(captain, weak, strong);
        noDeputy.appointDeputy(null);
        noDeputy.removeMembers(List.of(captain));
        assertSame(strong, noDeputy.captain());
    }

    @Test
    void unknownMmrRanksLowestAndTiesGoToTheLowestPk() {
        User unknownLowPk = player(5, null);
        User tiedHigh = player(9, 2500);
        User tiedLow = player(7, 2500);
        Team team = team(captain, unknownLowPk, tiedHigh, tiedLow);
        team.appointDeputy(null);
        team.removeMembers(List.of(captain));
        assertSame(tiedLow, team.captain());

        User onlyUnknownA = player(12, null);
        User onlyUnknownB = player(11, null);
        Team unknowns = team(captain, onlyUnknownA, onlyUnknownB);
        unknowns.appointDeputy(null);
        unknowns.removeMembers(List.of(captain));
        assertSame(onlyUnknownB, unknowns.captain(), "all unknown: lowest pk");
    }

    @Test
    void aRemovedDeputyIsClearedAndTheCaptainStays() {
        Team team = team(captain, deputy, weak);
        assertEquals(Team.Remaining.TEAM, team.removeMembers(List.of(deputy)));
        assertSame(captain, team.captain());
        assertNull(team.deputyCaptain());
    }

    @Test
    void removingSomeoneElseChangesNothingElse() {
        Team team = team(captain, deputy, weak);
        assertEquals(Team.Remaining.TEAM, team.removeMembers(List.of(weak, strong)), "strong was not a member");
        assertSame(captain, team.captain());
        assertSame(deputy, team.deputyCaptain());
        assertEquals(List.of(captain, deputy), List.copyOf(team.members()));
    }

    @Test
    void replacingMembersRemovesTheMissingOnesUnderTheSameRules() {
        Team team = team(captain, deputy, weak);
        assertEquals(Team.Remaining.TEAM, team.replaceMembers(List.of(deputy, weak, strong), false));
        assertSame(deputy, team.captain());
        assertEquals(Team.Remaining.NOBODY, team.replaceMembers(List.of(), false), "everyone removed");
    }

    @Test
    void aNewlyAppointedCaptainIsNeverOverriddenBySuccession() {
        Team team = team(captain, deputy, weak);
        team.appointCaptain(weak);
        team.replaceMembers(List.of(deputy), true);
        assertSame(weak, team.captain(), "explicit captain kept although not a member any more");
        assertSame(deputy, team.deputyCaptain());
    }

    @Test
    void aTeamThatHadNoMembersIsNotDeletedByAnEmptyReplacement() {
        Team team = new Team(null, "Empty");
        team.appointCaptain(captain);
        assertEquals(Team.Remaining.TEAM, team.replaceMembers(List.of(), false));
        assertSame(captain, team.captain(), "creating a team does not make its captain a member");
    }

    @Test
    void aDeletedUserLeavesEverySetAndACaptaincyWithoutMembershipPassesOn() {
        Team team = new Team(null, "Dire");
        team.replaceMembers(List.of(deputy, weak, strong), false);
        team.appointCaptain(captain);
        team.appointDeputy(deputy);
        team.replaceDropins(List.of(captain));
        team.replaceLeftMembers(List.of(captain));
        assertEquals(Team.Remaining.TEAM, team.release(captain));
        assertSame(deputy, team.captain());
        assertNull(team.deputyCaptain());
        assertTrue(team.dropinMembers().isEmpty() && team.leftMembers().isEmpty());

        Team leaderless = new Team(null, "Leaderless");
        leaderless.replaceMembers(List.of(weak, strong), false);
        leaderless.appointCaptain(captain);
        leaderless.release(captain);
        assertSame(strong, leaderless.captain());

        Team alone = team(captain);
        assertEquals(Team.Remaining.NOBODY, alone.release(captain), "their last membership empties the team");
    }

    @Test
    void d9TheDeputyIsAMemberOtherThanTheCaptain() {
        List<User> members = List.of(captain, deputy);
        assertTrue(Team.acceptsAsDeputy(deputy, captain, members));
        assertFalse(Team.acceptsAsDeputy(strong, captain, members), "not a member");
        assertFalse(Team.acceptsAsDeputy(captain, captain, members), "the captain");
        assertTrue(Team.acceptsAsDeputy(null, captain, members));
        assertTrue(Team.acceptsAsDeputy(captain, null, members), "a member, and there is no captain");
    }

    @Test
    void totalMmrIsTheCaptainPlusTheOtherMembersWithoutDropins() {
        Team team = team(captain, deputy, player(6, null));
        team.replaceDropins(List.of(strong));
        assertEquals(3000 + 1000, team.totalMmr(), "captain counted once, unknown MMR as 0, drop-ins not at all");
        team.appointCaptain(weak);
        assertEquals(2000 + 3000 + 1000, team.totalMmr(), "a captain who is not a member still counts");
    }

    @Test
    void theDraftEngineAddsPlayersAndResetsRostersWithoutMembershipRules() {
        Team team = team(captain, deputy);
        team.draftMember(strong);
        team.draftMember(strong);
        assertEquals(List.of(captain, deputy, strong), List.copyOf(team.members()), "added once");

        team.rosterFromDraft(List.of(weak));
        assertEquals(List.of(weak), List.copyOf(team.members()));
        assertSame(captain, team.captain(), "no succession although the captain left members");
        assertSame(deputy, team.deputyCaptain(), "the deputy is not cleared either");
    }
}
