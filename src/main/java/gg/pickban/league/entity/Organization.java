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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A community that runs leagues. Its owner, admins and staff hold the organization-scoped roles
 * (identity.md §1); admins and staff of an organization inherit the roles of its leagues.
 */
@Entity
@Table(name = "organization")
public class Organization {

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

    public Organization(String name, Instant now) {
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public boolean isOwnedBy(User user) {
        return owner != null && user != null && owner.id().equals(user.id());
    }

    public boolean hasAdmin(User user) {
        return user != null && admins.stream().anyMatch(a -> a.id().equals(user.id()));
    }

    public boolean hasStaff(User user) {
        return user != null && staff.stream().anyMatch(s -> s.id().equals(user.id()));
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
        return admins;
    }

    public Set<User> staff() {
        return staff;
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
