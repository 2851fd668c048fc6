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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A league: tournaments played under one Steam league id, belonging to zero or more
 * organizations. Its rating settings are stored but never exposed (league.md §1).
 */
@Entity
@Table(name = "league")
public class League {

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

    public League(int steamLeagueId, String name, Instant now) {
        this.steamLeagueId = steamLeagueId;
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
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
        return organizations;
    }

    public Set<User> admins() {
        return admins;
    }

    public Set<User> staff() {
        return staff;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
