package gg.pickban.league.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.League;
import gg.pickban.league.entity.LeagueProfile;
import gg.pickban.league.entity.Organization;
import gg.pickban.league.entity.OrganizationProfile;
import gg.pickban.league.entity.RichText;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** The organization and league checks of docs/rules.md §2.2, as one table: who passes each. */
class LeagueRolesTest {

    private static final Instant T0 = Instant.parse("2026-01-21T18:00:00Z");

    private final Map<String, User> people = new LinkedHashMap<>();
    private final Organization organization = withId(organization("Org"), Organization.class, 1);
    private final Organization other = withId(organization("Other"), Organization.class, 2);
    private final League league = withId(new League(new LeagueProfile(1, "League", RichText.EMPTY, RichText.EMPTY, "", "UTC", null), T0),
            League.class, 1);

    LeagueRolesTest() {
        people.put("anonymous", null);
        person("user");
        person("staff").assignSiteRoles(true, false);
        person("superuser").assignSiteRoles(false, true);
        organization.appointOwner(person("owner"));
        organization.addAdmin(person("orgAdmin"));
        organization.addStaff(person("orgStaff"));
        other.addAdmin(person("otherOrgAdmin"));
        league.addAdmin(person("leagueAdmin"));
        league.addStaff(person("leagueStaff"));
        league.linkOrganizations(List.of(organization, other));
    }

    private User person(String name) {
        User user = withId(new User(name, T0), User.class, people.size() + 1);
        people.put(name, user);
        return user;
    }

    /** As if loaded from the database: the entities compare by pk. */
    private static <T> T withId(T row, Class<T> type, long pk) {
        try {
            Field id = type.getDeclaredField("id");
            id.setAccessible(true);
            id.set(row, pk);
            return row;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Organization organization(String name) {
        return new Organization(new OrganizationProfile(name, RichText.EMPTY, "", "", null, RichText.EMPTY, "UTC"), T0);
    }

    private Set<String> passing(BiPredicate<User, Object> predicate, Object scope) {
        Set<String> names = new TreeSet<>();
        people.forEach((name, user) -> {
            if (predicate.test(user, scope)) {
                names.add(name);
            }
        });
        return names;
    }

    private Set<String> orgPassing(BiPredicate<User, Organization> predicate) {
        return passing((user, o) -> predicate.test(user, (Organization) o), organization);
    }

    private Set<String> leaguePassing(BiPredicate<User, League> predicate) {
        return passing((user, l) -> predicate.test(user, (League) l), league);
    }

    private static Set<String> names(String... names) {
        return new TreeSet<>(List.of(names));
    }

    @Test
    void organizationPredicates() {
        assertEquals(names("owner"), orgPassing(LeagueRoles::isOrgOwner));
        assertEquals(names("owner", "superuser"), orgPassing(LeagueRoles::isOrgOwnerOrSuperuser), "site staff is not enough");
        assertEquals(names("staff", "superuser", "owner", "orgAdmin"), orgPassing(LeagueRoles::isOrgAdmin), "D3, D4");
        assertEquals(names("staff", "superuser", "owner", "orgAdmin", "orgStaff"), orgPassing(LeagueRoles::isOrgStaff));
    }

    @Test
    void leaguePredicatesReachThroughAnyLinkedOrganization() {
        assertEquals(names("staff", "superuser", "owner", "orgAdmin", "otherOrgAdmin", "leagueAdmin"),
                leaguePassing(LeagueRoles::isLeagueAdmin));
        assertEquals(names("staff", "superuser", "owner", "orgAdmin", "otherOrgAdmin", "leagueAdmin", "orgStaff", "leagueStaff"),
                leaguePassing(LeagueRoles::isLeagueStaff));
        assertEquals(names("staff", "superuser", "owner", "orgAdmin", "otherOrgAdmin"),
                leaguePassing(LeagueRoles::canManageLeagueAdmins), "league admins may not manage league admins");
    }

    @Test
    void creatingALeague() {
        assertEquals(names("staff", "superuser"), passing((user, o) -> LeagueRoles.canCreateLeagueIn(user, List.of()), null),
                "D5: no organizations is staff only");
        assertEquals(names("staff", "superuser", "owner", "orgAdmin"),
                passing((user, o) -> LeagueRoles.canCreateLeagueIn(user, List.of(organization)), null));
        assertEquals(names("staff", "superuser"),
                passing((user, o) -> LeagueRoles.canCreateLeagueIn(user, List.of(organization, other)), null), "OrgAdmin of every one");
    }
}
