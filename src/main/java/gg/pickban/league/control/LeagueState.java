package gg.pickban.league.control;

import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.League;
import gg.pickban.league.entity.LeagueProfile;
import gg.pickban.league.entity.Organization;
import java.util.List;
import java.util.Set;

/** A league as a valid create or update body would leave it, before anything is changed. */
public record LeagueState(LeagueProfile profile, Set<Organization> organizations, Set<User> admins, Set<User> staff) {

    /** docs/decisions.md D5: linking an organization needs OrgAdmin of it; on create ({@code current} null) all are added. */
    public List<Organization> addedOrganizations(League current) {
        return organizations.stream().filter(o -> current == null || !current.isLinkedTo(o)).toList();
    }

    /** docs/decisions.md D5: a different admin set needs staff or OrgAdmin of a linked organization. */
    public boolean changesAdminsOf(League current) {
        return admins.size() != current.admins().size()
                || admins.stream().anyMatch(admin -> !current.hasAdmin(admin));
    }
}
