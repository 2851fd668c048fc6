package gg.pickban.league.control;

import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.League;
import gg.pickban.league.entity.Organization;
import java.util.List;

/**
 * The organization- and league-scoped predicates of docs/rules.md §2.2, in one place. Site staff
 * (is_staff or is_superuser, docs/decisions.md D3) pass every scoped check (docs/decisions.md D4); anonymous callers (null) pass none.
 */
public final class LeagueRoles {

    private LeagueRoles() {
    }

    public static boolean isStaff(User user) {
        return user != null && (user.isStaff() || user.isSuperuser());
    }

    public static boolean isOrgOwner(User user, Organization organization) {
        return organization.isOwnedBy(user);
    }

    /** Owner-only operations: the owner or a superuser, site staff is not enough. */
    public static boolean isOrgOwnerOrSuperuser(User user, Organization organization) {
        return user != null && (user.isSuperuser() || organization.isOwnedBy(user));
    }

    public static boolean isOrgAdmin(User user, Organization organization) {
        return isStaff(user) || organization.isOwnedBy(user) || organization.hasAdmin(user);
    }

    public static boolean isOrgStaff(User user, Organization organization) {
        return isOrgAdmin(user, organization) || organization.hasStaff(user);
    }

    public static boolean isLeagueAdmin(User user, League league) {
        return isStaff(user) || league.hasAdmin(user)
                || league.organizations().stream().anyMatch(o -> isOrgAdmin(user, o));
    }

    /** Who may change a league's admins: site staff or an admin of a linked organization, not league admins. */
    public static boolean canManageLeagueAdmins(User user, League league) {
        return isStaff(user) || league.organizations().stream().anyMatch(o -> isOrgAdmin(user, o));
    }

    /** docs/decisions.md D5: creating a league in these organizations needs OrgAdmin of every one; in none at all, staff. */
    public static boolean canCreateLeagueIn(User user, List<Organization> organizations) {
        return organizations.isEmpty() ? isStaff(user) : organizations.stream().allMatch(o -> isOrgAdmin(user, o));
    }

    /**
     * docs/decisions.md D5 on an update by a LeagueAdmin: a different admin set needs who may manage the league's
     * admins (or an admin of an organization it is linked to afterwards); each newly linked
     * organization needs OrgAdmin of it, as on create.
     */
    public static boolean mayApply(User user, League league, LeagueState state) {
        boolean admins = !state.changesAdminsOf(league) || canManageLeagueAdmins(user, league)
                || state.organizations().stream().anyMatch(o -> isOrgAdmin(user, o));
        return admins && state.addedOrganizations(league).stream().allMatch(o -> isOrgAdmin(user, o));
    }

    /** docs/decisions.md D5 on an update by an OrgAdmin: changing the owner or removing admins is owner-only. */
    public static boolean mayApply(User user, Organization organization, OrganizationState state) {
        boolean ownerOnly = state.changesOwnerOf(organization) || state.removesAdminsFrom(organization);
        return !ownerOnly || isOrgOwnerOrSuperuser(user, organization);
    }

    public static boolean isLeagueStaff(User user, League league) {
        return isLeagueAdmin(user, league) || league.hasStaff(user)
                || league.organizations().stream().anyMatch(o -> isOrgStaff(user, o));
    }
}
