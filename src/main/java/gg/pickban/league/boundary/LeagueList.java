package gg.pickban.league.boundary;

import gg.pickban.league.entity.League;
import java.util.List;

/** An item of {@code GET /api/leagues/}; there is no {@code organization} key. */
public record LeagueList(long pk, List<OrgRef> organizations, String organizationName, int steamLeagueId, String name,
        long tournamentCount) {

    public static LeagueList from(League league, long tournamentCount) {
        return new LeagueList(league.id(), league.organizationsByName().stream().map(OrgRef::from).toList(),
                league.organizationName(), league.steamLeagueId(), league.name(), tournamentCount);
    }
}
