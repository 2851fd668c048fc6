package gg.pickban.league.entity;

import static gg.pickban.league.entity.People.T0;
import static gg.pickban.league.entity.People.organization;
import static gg.pickban.league.entity.People.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Organization links and roles of a league (docs/rules.md §2.2). */
class LeagueTest {

    private static League league() {
        LeagueProfile profile = new LeagueProfile(17929, "League", RichText.EMPTY, RichText.EMPTY, "", "UTC", null);
        return People.withId(new League(profile, T0), League.class, 1);
    }

    @Test
    void organizationsAreListedByNameThenPkAndTheFirstNamesTheLeague() {
        League league = league();
        assertNull(league.organizationName());
        league.linkOrganizations(List.of(organization(3, "Zeta"), organization(2, "alpha"), organization(1, "Alpha"),
                organization(4, "Alpha")));
        assertEquals(List.of(1L, 4L, 3L, 2L), league.organizationsByName().stream().map(Organization::id).toList(),
                "by name as the database compares it (case first), then pk");
        assertEquals("Alpha", league.organizationName());
    }

    @Test
    void linkingReplacesTheSetAndIgnoresRepeats() {
        League league = league();
        league.linkOrganizations(List.of(organization(1, "A"), organization(2, "B")));
        league.linkOrganizations(List.of(organization(2, "B"), organization(2, "B")));
        assertEquals(1, league.organizations().size());
        assertTrue(league.isLinkedTo(organization(2, "B")));
        assertFalse(league.isLinkedTo(organization(1, "A")));
        assertThrows(UnsupportedOperationException.class, () -> league.organizations().clear());
    }

    @Test
    void adminsAndStaffAreSetsOfUsersByPk() {
        League league = league();
        league.addAdmin(user(4));
        league.addAdmin(user(4));
        league.replaceStaff(List.of(user(5), user(6)));
        league.removeStaff(user(5));
        league.removeAdmin(user(99));
        assertTrue(league.hasAdmin(user(4)));
        assertEquals(1, league.admins().size());
        assertFalse(league.hasStaff(user(5)));
        assertTrue(league.hasStaff(user(6)));
        league.replaceAdmins(List.of());
        assertTrue(league.admins().isEmpty());
    }

    @Test
    void revisingChangesThePlainFields() {
        League league = league();
        LeagueProfile profile = new LeagueProfile(42, "Renamed", RichText.sanitised("<i>d</i>"), RichText.EMPTY, "$5",
                "UTC", T0);
        league.revise(profile, T0.plusSeconds(5));
        assertEquals(profile, league.profile());
        assertEquals(42, league.steamLeagueId());
        assertEquals(T0.plusSeconds(5), league.updatedAt());
    }
}
