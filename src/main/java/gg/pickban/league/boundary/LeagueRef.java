package gg.pickban.league.boundary;

import gg.pickban.league.entity.League;
import java.util.List;

/** A league nested in a tournament, the {@code league} of TournamentFull: no count. */
public record LeagueRef(long pk, List<OrgRef> organizations, String organizationName, int steamLeagueId, String name) {

    public static LeagueRef from(League league) {
        return new LeagueRef(league.id(), league.organizationsByName().stream().map(OrgRef::from).toList(),
                league.organizationName(), league.steamLeagueId(), league.name());
    }
}
