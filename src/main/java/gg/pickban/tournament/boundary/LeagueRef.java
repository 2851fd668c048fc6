package gg.pickban.tournament.boundary;

import gg.pickban.league.entity.League;
import gg.pickban.league.entity.Organization;
import java.util.Comparator;
import java.util.List;

/** {@code TournamentFull.league}: no {@code tournament_count} (league.md §3.1). */
public record LeagueRef(long pk, List<OrgRef> organizations, String organizationName, int steamLeagueId, String name) {

    static final Comparator<Organization> BY_NAME = Comparator.comparing(Organization::name).thenComparing(Organization::id);

    public static LeagueRef from(League league) {
        if (league == null) {
            return null;
        }
        List<Organization> organizations = league.organizations().stream().sorted(BY_NAME).toList();
        return new LeagueRef(league.id(), organizations.stream().map(OrgRef::from).toList(),
                firstOrganizationName(league), league.steamLeagueId(), league.name());
    }

    /** The first linked organization by name, or null. */
    static String firstOrganizationName(League league) {
        return league.organizations().stream().sorted(BY_NAME).map(Organization::name).findFirst().orElse(null);
    }
}
