package gg.pickban.herodraft.entity;

import gg.pickban.identity.entity.User;
import gg.pickban.tournament.entity.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One side of a hero draft (docs/rules.md §1): a tournament team, whose captain acts for it, with its
 * choices (pick order, side), its reserve bank and whether its captain is ready and connected.
 */
@Entity
@Table(name = "draft_team")
public class DraftTeam {

    public static final int RESERVE_MS = 90000;

    @Id
    @SequenceGenerator(name = "draft_team_seq", sequenceName = "draft_team_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_team_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", nullable = false)
    private HeroDraft draft;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tournament_team_id", nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private Team tournamentTeam;

    @Column(name = "is_first_pick")
    private Boolean firstPick;

    @Column(name = "is_radiant")
    private Boolean radiant;

    @Column(name = "reserve_time_remaining", nullable = false)
    private int reserveTimeRemaining = RESERVE_MS;

    @Column(name = "is_ready", nullable = false)
    private boolean ready;

    @Column(name = "is_connected", nullable = false)
    private boolean connected;

    protected DraftTeam() {
    }

    DraftTeam(HeroDraft draft, Team tournamentTeam) {
        this.draft = draft;
        this.tournamentTeam = tournamentTeam;
    }

    /** The team's current captain: hero-draft captaincy follows the team (docs/rules.md §2.1). */
    public User captain() {
        return tournamentTeam.captain();
    }

    public boolean isCaptainedBy(User user) {
        return user != null && captain() != null && captain().id().equals(user.id());
    }

    public boolean isCaptainedBy(long userId) {
        return captain() != null && captain().id() == userId;
    }

    void readyUp() {
        ready = true;
        connected = true;
    }

    void connect(boolean connected) {
        this.connected = connected;
    }

    void choosePickOrder(boolean first) {
        firstPick = first;
    }

    void chooseSide(boolean radiant) {
        this.radiant = radiant;
    }

    boolean hasChosenBoth() {
        return firstPick != null && radiant != null;
    }

    void spendReserve(int remaining) {
        reserveTimeRemaining = remaining;
    }

    /** Reset (docs/rules.md §5.8): back to the state of a fresh draft. */
    void reset() {
        ready = false;
        connected = false;
        firstPick = null;
        radiant = null;
        reserveTimeRemaining = RESERVE_MS;
    }

    public Long id() {
        return id;
    }

    public HeroDraft draft() {
        return draft;
    }

    public Team tournamentTeam() {
        return tournamentTeam;
    }

    public Boolean isFirstPick() {
        return firstPick;
    }

    public Boolean isRadiant() {
        return radiant;
    }

    public int reserveTimeRemaining() {
        return reserveTimeRemaining;
    }

    public boolean isReady() {
        return ready;
    }

    public boolean isConnected() {
        return connected;
    }
}
