package gg.pickban.league.boundary;

import gg.pickban.league.entity.Organization;
import java.time.Instant;

/** An organization nested in a league or a tournament's league: no counts. */
public record OrgRef(long pk, String name, String logo, Instant createdAt) {

    public static OrgRef from(Organization organization) {
        return new OrgRef(organization.id(), organization.name(), organization.logo(), organization.createdAt());
    }
}
