package gg.pickban.league.boundary;

import gg.pickban.identity.boundary.UserMini;
import gg.pickban.league.entity.League;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/**
 * A league with its organizations and roles. {@code tournament_count} is left out
 * of the create response only.
 */
public record LeagueFull(
        long pk,
        List<OrgRef> organizations,
        String organizationName,
        int steamLeagueId,
        String name,
        String description,
        String rules,
        String prizePool,
        String timezone,
        List<UserMini> admins,
        List<UserMini> staff,
        @JsonbNillable(false) Long tournamentCount,
        Instant lastSynced,
        Instant createdAt,
        Instant updatedAt) {

    public static LeagueFull from(League league, long tournamentCount) {
        return of(league, tournamentCount);
    }

    /** The 201 answer of a create: no count. */
    public static LeagueFull created(League league) {
        return of(league, null);
    }

    private static LeagueFull of(League l, Long tournamentCount) {
        return new LeagueFull(l.id(), l.organizationsByName().stream().map(OrgRef::from).toList(), l.organizationName(),
                l.steamLeagueId(), l.name(), l.description(), l.rules(), l.prizePool(), l.timezone(),
                OrganizationFull.byPk(l.admins()), OrganizationFull.byPk(l.staff()), tournamentCount, l.lastSynced(),
                l.createdAt(), l.updatedAt());
    }
}
