package gg.pickban.league.control;

import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.League;
import gg.pickban.league.entity.Organization;
import gg.pickban.league.entity.OrganizationProfile;
import java.util.Set;

/** An organization as a valid create or update body would leave it, before anything is changed. */
public record OrganizationState(OrganizationProfile profile, User owner, Set<User> admins, Set<User> staff,
        League defaultLeague) {

    /** docs/decisions.md D5: a different owner (or none) needs the owner or a superuser. */
    public boolean changesOwnerOf(Organization organization) {
        User current = organization.owner();
        return current == null ? owner != null : owner == null || !current.id().equals(owner.id());
    }

    /** docs/decisions.md D5: taking anyone out of the admins needs the owner or a superuser, as on the admin endpoint. */
    public boolean removesAdminsFrom(Organization organization) {
        return organization.admins().stream()
                .anyMatch(admin -> admins.stream().noneMatch(kept -> kept.id().equals(admin.id())));
    }
}
