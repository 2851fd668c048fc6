package gg.pickban.tournament.entity;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A team of a tournament: a captain (with a deputy who succeeds them), members drafted or added,
 * drop-ins and those who left. The membership rules of league.md §5.4 live here.
 */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tournament_id")
    private Tournament tournament;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "captain_id")
    private User captain;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_captain_id")
    private User deputyCaptain;

    @ManyToMany
    @JoinTable(name = "team_members", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("id")
    private Set<User> members = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "team_dropin_members", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("id")
    private Set<User> dropinMembers = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "team_left_members", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("id")
    private Set<User> leftMembers = new LinkedHashSet<>();

    @Column(name = "draft_order", nullable = false)
    private int draftOrder;

    @Column(name = "current_points", nullable = false)
    private int currentPoints;

    private Integer placement;

    protected Team() {
    }

    public Team(Tournament tournament, String name) {
        this.tournament = tournament;
        this.name = name;
    }

    /** Captain's MMR plus every other member's; null MMRs count 0, drop-ins not at all (draft.md §1.1). */
    public int totalMmr() {
        int total = captain != null && captain.mmr() != null ? captain.mmr() : 0;
        for (User member : members) {
            if (captain == null || !member.id().equals(captain.id())) {
                total += member.mmr() != null ? member.mmr() : 0;
            }
        }
        return total;
    }

    public boolean isCaptainedBy(User user) {
        return captain != null && user != null && captain.id().equals(user.id());
    }

    public Long id() {
        return id;
    }

    public Tournament tournament() {
        return tournament;
    }

    public String name() {
        return name;
    }

    public User captain() {
        return captain;
    }

    public User deputyCaptain() {
        return deputyCaptain;
    }

    public Set<User> members() {
        return members;
    }

    public Set<User> dropinMembers() {
        return dropinMembers;
    }

    public Set<User> leftMembers() {
        return leftMembers;
    }

    public int draftOrder() {
        return draftOrder;
    }

    public int currentPoints() {
        return currentPoints;
    }

    public Integer placement() {
        return placement;
    }
}
