package gg.pickban.league.boundary;

import gg.pickban.identity.boundary.UserMini;
import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.League;
import gg.pickban.league.entity.Organization;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * An organization with its roles. The two counts are left out of the create
 * response only; everywhere else they are present.
 */
public record OrganizationFull(
        long pk,
        String name,
        String description,
        String logo,
        String discordLink,
        String discordServerId,
        String rulesTemplate,
        String timezone,
        UserMini owner,
        List<UserMini> admins,
        List<UserMini> staff,
        Long defaultLeague,
        @JsonbNillable(false) Long leagueCount,
        @JsonbNillable(false) Long tournamentCount,
        Instant createdAt,
        Instant updatedAt) {

    public static OrganizationFull from(Organization organization, long leagueCount, long tournamentCount) {
        return of(organization, leagueCount, tournamentCount);
    }

    /** The 201 answer of a create: no counts. */
    public static OrganizationFull created(Organization organization) {
        return of(organization, null, null);
    }

    private static OrganizationFull of(Organization o, Long leagueCount, Long tournamentCount) {
        League defaultLeague = o.defaultLeague();
        return new OrganizationFull(o.id(), o.name(), o.description(), o.logo(), o.discordLink(), o.discordServerId(),
                o.rulesTemplate(), o.timezone(), o.owner() == null ? null : UserMini.of(o.owner()), byPk(o.admins()),
                byPk(o.staff()), defaultLeague == null ? null : defaultLeague.id(), leagueCount, tournamentCount,
                o.createdAt(), o.updatedAt());
    }

    /** Users inside objects are listed by pk (docs/api.md §2, JSON). */
    static List<UserMini> byPk(Collection<User> users) {
        return users.stream().sorted(Comparator.comparing(User::id)).map(UserMini::of).toList();
    }
}
