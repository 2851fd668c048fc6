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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A team of a tournament: a captain (with a deputy who succeeds them), members drafted or added,
 * drop-ins and those who left. The membership rules of docs/rules.md §3.3 live here: whoever takes
 * members out learns whether the team fell apart and must be deleted.
 */
@Entity
@Table(name = "team")
@NamedQuery(name = Team.BY_PK, query = "SELECT t FROM Team t ORDER BY t.id")
@NamedQuery(name = Team.HOLDING_USER, query = "SELECT DISTINCT t FROM Team t LEFT JOIN t.members m"
        + " LEFT JOIN t.captain c LEFT JOIN t.deputyCaptain d WHERE m.id = :user OR c.id = :user OR d.id = :user ORDER BY t.id")
public class Team {

    public static final String BY_PK = "Team.byPk";
    public static final String HOLDING_USER = "Team.holdingUser";

    /** Who takes over a captaincy: highest MMR first, unknown MMR last, ties to the lowest pk. */
    static final Comparator<User> SUCCESSION = Comparator.comparing(User::mmr, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .reversed().thenComparing(User::id);

    @Id
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tournament_id")
    @BatchFetch(BatchFetchType.IN)
    private Tournament tournament;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "captain_id")
    @BatchFetch(BatchFetchType.IN)
    private User captain;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_captain_id")
    @BatchFetch(BatchFetchType.IN)
    private User deputyCaptain;

    @ManyToMany
    @JoinTable(name = "team_members", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("id")
    @BatchFetch(BatchFetchType.IN)
    private Set<User> members = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "team_dropin_members", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("id")
    @BatchFetch(BatchFetchType.IN)
    private Set<User> dropinMembers = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "team_left_members", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("id")
    @BatchFetch(BatchFetchType.IN)
    private Set<User> leftMembers = new LinkedHashSet<>();

    @Column(name = "draft_order", nullable = false)
    private int draftOrder;

    @Column(name = "current_points", nullable = false)
    private int currentPoints;

    private Integer placement;

    protected Team() {
    }

    public Team(Tournament tournament, String name) {
        this.name = name;
        moveTo(tournament);
    }

    public void rename(String name) {
        this.name = name;
    }

    /** Keeps both sides in step, so the tournament read back in the same request lists the team where it is. */
    public void moveTo(Tournament newTournament) {
        if (tournament != null) {
            tournament.delist(this);
        }
        tournament = newTournament;
        if (newTournament != null) {
            newTournament.enlist(this);
        }
    }

    /** The captain need not be a member: creating a team does not add the captain to {@code members}. */
    public void appointCaptain(User user) {
        this.captain = user;
    }

    /** Whether the deputy is acceptable is docs/decisions.md D9's question, see {@link #acceptsAsDeputy}. */
    public void appointDeputy(User user) {
        this.deputyCaptain = user;
    }

    public void orderInDraft(int draftOrder) {
        if (draftOrder < 0) {
            throw new IllegalArgumentException("draft_order must be >= 0");
        }
        this.draftOrder = draftOrder;
    }

    public void changePoints(int currentPoints) {
        this.currentPoints = currentPoints;
    }

    /** 1 = winner; null = not placed. */
    public void place(Integer placement) {
        if (placement != null && placement < 1) {
            throw new IllegalArgumentException("placement must be >= 1");
        }
        this.placement = placement;
    }

    public void replaceDropins(Collection<User> users) {
        dropinMembers.clear();
        dropinMembers.addAll(users);
    }

    public void replaceLeftMembers(Collection<User> users) {
        leftMembers.clear();
        leftMembers.addAll(users);
    }

    /**
     * The member set becomes exactly {@code users}; whoever is no longer in it has been removed in the
     * sense of docs/rules.md §3.3. A captain appointed anew in the same request ({@code captainJustAppointed}) is
     * never replaced by succession (scalars are applied before member sets).
     */
    public Remaining replaceMembers(Collection<User> users, boolean captainJustAppointed) {
        Set<Long> staying = ids(users);
        List<User> removed = members.stream().filter(member -> !staying.contains(member.id())).toList();
        members.clear();
        members.addAll(users);
        return afterRemoval(ids(removed), captainJustAppointed);
    }

    /** A player drafted into the team (docs/rules.md §4.4, picking): they join {@code members}; nothing else changes. */
    public void draftMember(User player) {
        if (!isMember(player)) {
            members.add(player);
        }
    }

    /**
     * The draft engine's bulk roster rebuild (init-draft, draft-rebuild; docs/rules.md §4.4): {@code members} becomes exactly
     * {@code roster}. Not a removal in the sense of docs/rules.md §3.3: no succession, no deletion.
     */
    public void rosterFromDraft(Collection<User> roster) {
        members.clear();
        members.addAll(roster);
    }

    /** What a removal left: a team that goes on, or one whose last member just left (the caller deletes it). */
    public enum Remaining { TEAM, NOBODY }

    /** Takes these users out of {@code members} (those not in it are ignored) and applies docs/rules.md §3.3. */
    public Remaining removeMembers(Collection<User> users) {
        Set<Long> leaving = ids(users);
        Set<Long> removed = members.stream().map(User::id).filter(leaving::contains).collect(Collectors.toSet());
        members.removeIf(member -> removed.contains(member.id()));
        return afterRemoval(removed, false);
    }

    /**
     * The user is being deleted (docs/rules.md §3.1): out of every set, the membership rules as for any
     * removal, and a team they captained without being a member passes to its successor.
     */
    public Remaining release(User user) {
        dropinMembers.removeIf(u -> u.id().equals(user.id()));
        leftMembers.removeIf(u -> u.id().equals(user.id()));
        if (isMember(user)) {
            return removeMembers(List.of(user));
        }
        if (isCaptainedBy(user)) {
            captain = isDeputy(user) ? null : deputyCaptain;
            if (captain == null) {
                captain = members.stream().min(SUCCESSION).orElse(null);
            }
            deputyCaptain = null;
        } else if (isDeputy(user)) {
            deputyCaptain = null;
        }
        return Remaining.TEAM;
    }

    /** The table of docs/rules.md §3.3, applied once for everyone removed in one go. */
    private Remaining afterRemoval(Set<Long> removed, boolean captainJustAppointed) {
        if (removed.isEmpty()) {
            return Remaining.TEAM;
        }
        if (members.isEmpty()) {
            return Remaining.NOBODY;
        }
        boolean captainRemoved = captain != null && removed.contains(captain.id()) && !captainJustAppointed;
        boolean deputyRemoved = deputyCaptain != null && removed.contains(deputyCaptain.id());
        if (captainRemoved) {
            captain = deputyCaptain != null && !deputyRemoved ? deputyCaptain : members.stream().min(SUCCESSION).orElseThrow();
            deputyCaptain = null;
        } else if (deputyRemoved) {
            deputyCaptain = null;
        }
        return Remaining.TEAM;
    }

    /** docs/decisions.md D9, for a team about to have this captain and these members: no deputy, or a member other than the captain. */
    public static boolean acceptsAsDeputy(User deputy, User captain, Collection<User> members) {
        return deputy == null || (members.stream().anyMatch(m -> m.id().equals(deputy.id()))
                && (captain == null || !captain.id().equals(deputy.id())));
    }

    /** Captain's MMR plus every other member's; null MMRs count 0, drop-ins not at all (docs/rules.md §3.3). */
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

    public boolean isMember(User user) {
        return user != null && members.stream().anyMatch(m -> m.id().equals(user.id()));
    }

    private boolean isDeputy(User user) {
        return deputyCaptain != null && user != null && deputyCaptain.id().equals(user.id());
    }

    private static Set<Long> ids(Collection<User> users) {
        return users.stream().map(User::id).collect(Collectors.toSet());
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
        return Collections.unmodifiableSet(members);
    }

    public Set<User> dropinMembers() {
        return Collections.unmodifiableSet(dropinMembers);
    }

    public Set<User> leftMembers() {
        return Collections.unmodifiableSet(leftMembers);
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
