package gg.pickban.league.entity;

import gg.pickban.identity.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A league: tournaments played under one Steam league id, belonging to zero or more
 * organizations. Its rating settings are stored but never exposed.
 */
@Entity
@Table(name = "league")
@NamedQuery(name = League.ALL, query = "SELECT l FROM League l ORDER BY l.name, l.id")
@NamedQuery(name = League.OF_ORGANIZATION,
        query = "SELECT l FROM League l JOIN l.organizations o WHERE o.id = :organization ORDER BY l.name, l.id")
@NamedQuery(name = League.BY_STEAM_LEAGUE_ID, query = "SELECT l.id FROM League l WHERE l.steamLeagueId = :steamLeagueId")
public class League {

    public static final String ALL = "League.all";
    public static final String OF_ORGANIZATION = "League.ofOrganization";
    public static final String BY_STEAM_LEAGUE_ID = "League.bySteamLeagueId";

    @Id
    @SequenceGenerator(name = "league_seq", sequenceName = "league_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "league_seq")
    private Long id;

    @Column(name = "steam_league_id", nullable = false, unique = true)
    private int steamLeagueId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description = "";

    @Column(nullable = false)
    private String rules = "";

    @Column(name = "prize_pool", nullable = false)
    private String prizePool = "";

    @Column(nullable = false)
    private String timezone = "America/New_York";

    @Column(name = "last_synced")
    private Instant lastSynced;

    @ManyToMany
    @JoinTable(name = "league_organizations", joinColumns = @JoinColumn(name = "league_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    private Set<Organization> organizations = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "league_admins", joinColumns = @JoinColumn(name = "league_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> admins = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "league_staff", joinColumns = @JoinColumn(name = "league_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<User> staff = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected League() {
    }

    public League(LeagueProfile profile, Instant now) {
        this.createdAt = now;
        revise(profile, now);
    }

    /** Replaces the league's plain fields (a router update). */
    public void revise(LeagueProfile profile, Instant now) {
        this.steamLeagueId = profile.steamLeagueId();
        this.name = profile.name();
        this.description = profile.description().html();
        this.rules = profile.rules().html();
        this.prizePool = profile.prizePool();
        this.timezone = profile.timezone();
        this.lastSynced = profile.lastSynced();
        this.updatedAt = now;
    }

    public LeagueProfile profile() {
        return new LeagueProfile(steamLeagueId, name, RichText.stored(description), RichText.stored(rules), prizePool,
                timezone, lastSynced);
    }

    /** The write-only {@code organization_ids}: the league now belongs to exactly these organizations. */
    public void linkOrganizations(Collection<Organization> linked) {
        organizations.clear();
        for (Organization organization : linked) {
            if (!isLinkedTo(organization)) {
                organizations.add(organization);
            }
        }
    }

    public boolean isLinkedTo(Organization organization) {
        return organization != null && organizations.stream().anyMatch(o -> o.id().equals(organization.id()));
    }

    /** Linked organizations by name (then pk), the order every league shape lists them in. */
    public List<Organization> organizationsByName() {
        return organizations.stream().sorted(Comparator.comparing(Organization::name).thenComparing(Organization::id))
                .toList();
    }

    /** The first linked organization's name, the {@code organization_name} the frontend shows; null if none. */
    public String organizationName() {
        List<Organization> byName = organizationsByName();
        return byName.isEmpty() ? null : byName.get(0).name();
    }

    /** Idempotent. */
    public void addAdmin(User user) {
        RoleHolders.add(admins, user);
    }

    public void removeAdmin(User user) {
        RoleHolders.remove(admins, user);
    }

    public void replaceAdmins(Collection<User> users) {
        RoleHolders.replace(admins, users);
    }

    /** Idempotent. */
    public void addStaff(User user) {
        RoleHolders.add(staff, user);
    }

    public void removeStaff(User user) {
        RoleHolders.remove(staff, user);
    }

    public void replaceStaff(Collection<User> users) {
        RoleHolders.replace(staff, users);
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

    public int steamLeagueId() {
        return steamLeagueId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String rules() {
        return rules;
    }

    public String prizePool() {
        return prizePool;
    }

    public String timezone() {
        return timezone;
    }

    public Instant lastSynced() {
        return lastSynced;
    }

    public Set<Organization> organizations() {
        return Collections.unmodifiableSet(organizations);
    }

    public Set<User> admins() {
        return Collections.unmodifiableSet(admins);
    }

    public Set<User> staff() {
        return Collections.unmodifiableSet(staff);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
