package gg.pickban.league.boundary;

import gg.pickban.league.entity.Organization;
import java.time.Instant;

/** An item of {@code GET /api/organizations/}. */
public record OrganizationList(long pk, String name, String logo, long leagueCount, Instant createdAt) {

    public static OrganizationList from(Organization organization, long leagueCount) {
        return new OrganizationList(organization.id(), organization.name(), organization.logo(), leagueCount,
                organization.createdAt());
    }
}
