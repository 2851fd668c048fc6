package gg.pickban.league.entity;

import static gg.pickban.league.entity.People.T0;
import static gg.pickban.league.entity.People.organization;
import static gg.pickban.league.entity.People.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.identity.entity.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The role rules of an organization (docs/rules.md §2.2, docs/decisions.md D5). */
class OrganizationTest {

    private static final Instant LATER = T0.plusSeconds(60);

    private static List<Long> pks(java.util.Collection<User> users) {
        return users.stream().map(User::id).sorted().toList();
    }

    @Test
    void addingAnAdminIsIdempotentAndMatchesUsersByPk() {
        Organization org = organization(1, "Org");
        org.addAdmin(user(7));
        org.addAdmin(user(7));
        assertEquals(List.of(7L), pks(org.admins()));
        assertTrue(org.hasAdmin(user(7)), "another instance of the same user");
        org.removeAdmin(user(7));
        org.removeAdmin(user(7));
        assertTrue(org.admins().isEmpty(), "removing a non-admin is no error");
    }

    @Test
    void theOwnerCannotBeAddedAsAdmin() {
        Organization org = organization(1, "Org");
        org.appointOwner(user(5));
        RoleChangeRefused refused = assertThrows(RoleChangeRefused.class, () -> org.addAdmin(user(5)));
        assertEquals("Owner cannot be added as admin", refused.getMessage());
        assertThrows(RoleChangeRefused.class, () -> org.replaceAdmins(List.of(user(6), user(5))));
        assertTrue(org.admins().isEmpty(), "a refused replacement changes nothing");
    }

    @Test
    void appointingAnAdminAsOwnerTakesThemOutOfTheAdmins() {
        Organization org = organization(1, "Org");
        org.replaceAdmins(List.of(user(2), user(3)));
        org.appointOwner(user(2));
        assertTrue(org.isOwnedBy(user(2)));
        assertEquals(List.of(3L), pks(org.admins()));
        org.appointOwner(null);
        assertNull(org.owner());
    }

    @Test
    void ownershipGoesToAnAdminAndThePreviousOwnerBecomesAdmin() {
        Organization org = organization(1, "Org");
        org.appointOwner(user(1));
        org.addAdmin(user(2));
        org.transferOwnership(user(2), false, LATER);
        assertTrue(org.isOwnedBy(user(2)));
        assertEquals(List.of(1L), pks(org.admins()));
        assertEquals(LATER, org.updatedAt());
    }

    @Test
    void onlyASuperuserMayHandOwnershipToANonAdmin() {
        Organization org = organization(1, "Org");
        org.appointOwner(user(1));
        RoleChangeRefused refused = assertThrows(RoleChangeRefused.class, () -> org.transferOwnership(user(9), false, LATER));
        assertEquals("New owner must be an existing admin", refused.getMessage());
        assertTrue(org.isOwnedBy(user(1)));
        assertEquals(T0, org.updatedAt(), "nothing changed");

        org.transferOwnership(user(9), true, LATER);
        assertTrue(org.isOwnedBy(user(9)));
        assertEquals(List.of(1L), pks(org.admins()));
    }

    @Test
    void anOwnerlessOrganizationGetsItsFirstOwnerWithoutNewAdmins() {
        Organization org = organization(1, "Org");
        org.transferOwnership(user(4), true, LATER);
        assertTrue(org.isOwnedBy(user(4)));
        assertTrue(org.admins().isEmpty());
    }

    @Test
    void transferringToTheCurrentOwnerDoesNotMakeThemAdmin() {
        Organization org = organization(1, "Org");
        org.appointOwner(user(1));
        org.transferOwnership(user(1), true, LATER);
        assertTrue(org.isOwnedBy(user(1)));
        assertFalse(org.hasAdmin(user(1)));
    }

    @Test
    void staffIsASeparateSet() {
        Organization org = organization(1, "Org");
        org.appointOwner(user(1));
        org.addStaff(user(1));
        org.replaceStaff(List.of(user(3), user(3), user(2)));
        assertEquals(List.of(2L, 3L), pks(org.staff()));
        org.removeStaff(user(3));
        assertEquals(List.of(2L), pks(org.staff()));
        assertFalse(org.hasAdmin(user(2)));
    }

    @Test
    void rolesAreReadOnlyFromOutside() {
        Organization org = organization(1, "Org");
        assertThrows(UnsupportedOperationException.class, () -> org.admins().add(user(1)));
        assertThrows(UnsupportedOperationException.class, () -> org.staff().add(user(1)));
    }

    @Test
    void revisingTheProfileKeepsCleanedTextAndStampsTheUpdate() {
        Organization org = organization(1, "Org");
        OrganizationProfile profile = new OrganizationProfile("New", RichText.sanitised("<b onclick=x>hi</b>"),
                "https://x.org/logo.png", "", "123", RichText.sanitised("<script>x</script>rules"), "Europe/Berlin");
        org.revise(profile, LATER);
        assertEquals("<b>hi</b>", org.description());
        assertEquals("rules", org.rulesTemplate());
        assertEquals(profile, org.profile());
        assertEquals(T0, org.createdAt());
        assertEquals(LATER, org.updatedAt());
    }
}
