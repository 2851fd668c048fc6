package gg.pickban.discord.control;

import gg.pickban.identity.entity.User;
import gg.pickban.league.control.LeagueRoles;
import gg.pickban.league.entity.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Which Discord guild an organization's staff may list (docs/rules.md §8.2), checked in one short transaction. */
@ApplicationScoped
public class OrganizationGuild {

    public enum Access { FOUND, UNKNOWN_ORGANIZATION, NOT_ORG_STAFF, NO_GUILD }

    /** {@code guildId} is set only for FOUND. */
    public record Lookup(Access access, String guildId) {
    }

    @PersistenceContext
    EntityManager em;

    @Transactional
    public Lookup of(long organizationPk, User caller) {
        Organization organization = em.find(Organization.class, organizationPk);
        if (organization == null) {
            return new Lookup(Access.UNKNOWN_ORGANIZATION, null);
        }
        if (!LeagueRoles.isOrgStaff(caller, organization)) {
            return new Lookup(Access.NOT_ORG_STAFF, null);
        }
        String guild = organization.discordServerId();
        if (guild == null || guild.isBlank()) {
            return new Lookup(Access.NO_GUILD, null);
        }
        return new Lookup(Access.FOUND, guild.trim());
    }
}
