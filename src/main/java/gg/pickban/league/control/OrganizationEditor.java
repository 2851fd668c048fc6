package gg.pickban.league.control;

import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.League;
import gg.pickban.league.entity.Organization;
import gg.pickban.league.entity.OrganizationProfile;
import gg.pickban.league.entity.RichText;
import gg.pickban.league.entity.RoleChangeRefused;
import gg.pickban.platform.control.Input;
import gg.pickban.platform.control.RelatedRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Router creates and updates of organizations: reads the writable OrganizationFull
 * fields DRF-style over the current state, then applies them. Who may write what (docs/decisions.md D5) is the
 * caller's check between the two. Callers own the transaction.
 */
@ApplicationScoped
public class OrganizationEditor {

    @PersistenceContext
    EntityManager em;

    @Inject
    RelatedRows rows;

    @Inject
    Clock clock;

    /** The state the body asks for, over {@code current} (null on create); raises FieldErrors. */
    public OrganizationState read(Input in, Organization current) {
        OrganizationProfile was = current == null ? OrganizationProfile.DEFAULTS : current.profile();
        String name = in.field("name").required().maxLength(255).string();
        RichText description = RichTextField.read(in, "description", 10_000);
        String logo = in.field("logo").allowBlank().maxLength(200).url();
        String discordLink = in.field("discord_link").allowBlank().maxLength(200).url();
        String discordServerId = in.field("discord_server_id").nullable().allowBlank().maxLength(20).string();
        RichText rulesTemplate = RichTextField.read(in, "rules_template", 50_000);
        String timezone = in.field("timezone").maxLength(64).string();
        User owner = in.has("owner_id") ? rows.one(in, "owner_id", User.class, in.field("owner_id").nullable().pk())
                : current == null ? null : current.owner();
        Set<User> admins = in.has("admin_ids") ? rows.set(in, "admin_ids", User.class, in.pkList("admin_ids"))
                : current == null ? new LinkedHashSet<>() : new LinkedHashSet<>(current.admins());
        Set<User> staff = in.has("staff_ids") ? rows.set(in, "staff_ids", User.class, in.pkList("staff_ids"))
                : current == null ? new LinkedHashSet<>() : new LinkedHashSet<>(current.staff());
        League defaultLeague = in.has("default_league")
                ? rows.one(in, "default_league", League.class, in.field("default_league").nullable().pk())
                : current == null ? null : current.defaultLeague();
        if (owner != null) {
            if (in.has("admin_ids") && admins.stream().anyMatch(a -> a.id().equals(owner.id()))) {
                in.error("admin_ids", RoleChangeRefused.OWNER_AS_ADMIN);
            }
            admins.removeIf(a -> a.id().equals(owner.id()));
        }
        in.validate();
        OrganizationProfile profile = new OrganizationProfile(name != null ? name : was.name(),
                description != null ? description : was.description(), logo != null ? logo : was.logo(),
                discordLink != null ? discordLink : was.discordLink(),
                in.has("discord_server_id") ? discordServerId : was.discordServerId(),
                rulesTemplate != null ? rulesTemplate : was.rulesTemplate(), timezone != null ? timezone : was.timezone());
        return new OrganizationState(profile, owner, admins, staff, defaultLeague);
    }

    public Organization create(OrganizationState state) {
        Organization organization = new Organization(state.profile(), clock.instant());
        apply(state, organization);
        em.persist(organization);
        em.flush();
        return organization;
    }

    public void update(Organization organization, OrganizationState state) {
        organization.revise(state.profile(), clock.instant());
        apply(state, organization);
        em.flush();
    }

    private static void apply(OrganizationState state, Organization organization) {
        organization.appointOwner(state.owner());
        organization.replaceAdmins(state.admins());
        organization.replaceStaff(state.staff());
        organization.chooseDefaultLeague(state.defaultLeague());
    }
}
