package gg.pickban.tournament.boundary;

import gg.pickban.league.entity.Organization;
import java.time.Instant;

/** An organization nested in a tournament's league: no {@code league_count} (league.md §2.1). */
public record OrgRef(long pk, String name, String logo, Instant createdAt) {

    public static OrgRef from(Organization organization) {
        return new OrgRef(organization.id(), organization.name(), organization.logo(), organization.createdAt());
    }
}
