package gg.pickban.league.entity;

import gg.pickban.identity.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A community that runs leagues. Its owner, admins and staff hold the organization-scoped roles
 * (docs/rules.md §2.1–§2.2); admins and staff of an organization inherit the roles of its leagues.
 */
@Entity
@Table(name = "organization")
@NamedQuery(name = Organization.ALL, query = "SELECT o FROM Organization o ORDER BY o.name, o.id")
@NamedQuery(name = Organization.OWNED_BY, query = "SELECT o.id FROM Organization o WHERE o.owner.id = :user")
public class Organization {

    public static final String ALL = "Organization.all";
    public static final String OWNED_BY = "Organization.ownedBy";

    @Id
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description = "";

    @Column(nullable = false)
    private String logo = "";

    @Column(name = "discord_link", nullable = false)
    private String discordLink = "";

    @Column(name = "discord_server_id")
    private String discordServerId;

    @Column(name = "rules_template", nullable = false)
    private String rulesTemplate = "";

    @Column(nullable = false)
    private String timezone = "America/New_York";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private User owner;

    @ManyToMany
    @JoinTable(name = "organization_admins", joinColumns = @JoinColumn(name = "organization_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> admins = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "organization_staff", joinColumns = @JoinColumn(name = "organization_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> staff = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "default_league_id")
    private League defaultLeague;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Organization() {
    }

    public Organization(OrganizationProfile profile, Instant now) {
        this.createdAt = now;
        revise(profile, now);
    }

    /** Replaces what the organization says about itself (a router update). */
    public void revise(OrganizationProfile profile, Instant now) {
        this.name = profile.name();
        this.description = profile.description().html();
        this.logo = profile.logo();
        this.discordLink = profile.discordLink();
        this.discordServerId = profile.discordServerId();
        this.rulesTemplate = profile.rulesTemplate().html();
        this.timezone = profile.timezone();
        this.updatedAt = now;
    }

    public OrganizationProfile profile() {
        return new OrganizationProfile(name, RichText.stored(description), logo, discordLink, discordServerId,
                RichText.stored(rulesTemplate), timezone);
    }

    /**
     * Makes someone (or nobody) the owner as a plain write, with no admin hand-over; who may do it is
     * the caller's check (docs/decisions.md D5). The owner is never also an admin.
     */
    public void appointOwner(User newOwner) {
        this.owner = newOwner;
        RoleHolders.remove(admins, newOwner);
    }

    /**
     * Hands the organization to an admin (docs/rules.md §2.2): a superuser may pick anyone. The new owner
     * leaves the admins and the previous owner, if any, joins them.
     */
    public void transferOwnership(User newOwner, boolean bySuperuser, Instant now) {
        if (!bySuperuser && !hasAdmin(newOwner)) {
            throw new RoleChangeRefused(RoleChangeRefused.NEW_OWNER_NOT_ADMIN);
        }
        User previous = owner;
        appointOwner(newOwner);
        if (previous != null && !isOwnedBy(previous)) {
            admins.add(previous);
        }
        this.updatedAt = now;
    }

    /** Idempotent; the owner already holds every admin right and cannot be listed as admin. */
    public void addAdmin(User user) {
        if (isOwnedBy(user)) {
            throw new RoleChangeRefused(RoleChangeRefused.OWNER_AS_ADMIN);
        }
        RoleHolders.add(admins, user);
    }

    public void removeAdmin(User user) {
        RoleHolders.remove(admins, user);
    }

    /** The write-only {@code admin_ids}: replaces the set, under the same rule as {@link #addAdmin}. */
    public void replaceAdmins(Collection<User> users) {
        if (users.stream().anyMatch(this::isOwnedBy)) {
            throw new RoleChangeRefused(RoleChangeRefused.OWNER_AS_ADMIN);
        }
        RoleHolders.replace(admins, users);
    }

    public void addStaff(User user) {
        RoleHolders.add(staff, user);
    }

    public void removeStaff(User user) {
        RoleHolders.remove(staff, user);
    }

    public void replaceStaff(Collection<User> users) {
        RoleHolders.replace(staff, users);
    }

    public void chooseDefaultLeague(League league) {
        this.defaultLeague = league;
    }

    public boolean isOwnedBy(User user) {
        return owner != null && user != null && owner.id().equals(user.id());
    }

    public boolean hasAdmin(User user) {
        return RoleHolders.holds(admins, user);
    }

    public boolean hasStaff(User user) {
        return RoleHolders.holds(staff, user);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String logo() {
        return logo;
    }

    public String discordLink() {
        return discordLink;
    }

    public String discordServerId() {
        return discordServerId;
    }

    public String rulesTemplate() {
        return rulesTemplate;
    }

    public String timezone() {
        return timezone;
    }

    public User owner() {
        return owner;
    }

    public Set<User> admins() {
        return Collections.unmodifiableSet(admins);
    }

    public Set<User> staff() {
        return Collections.unmodifiableSet(staff);
    }

    public League defaultLeague() {
        return defaultLeague;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
