package gg.pickban.herodraft.entity;

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
import java.time.Duration;
import java.time.Instant;

/** One of the 24 Captains Mode steps of a draft (docs/rules.md §5.3): planned, then active, then completed. */
@Entity
@Table(name = "hero_draft_round")
public class HeroDraftRound {

    public static final int GRACE_MS = 30000;
    public static final String PLANNED = "planned";
    public static final String ACTIVE = "active";
    public static final String COMPLETED = "completed";

    @Id
    @SequenceGenerator(name = "hero_draft_round_seq", sequenceName = "hero_draft_round_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hero_draft_round_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", nullable = false)
    private HeroDraft draft;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_team_id", nullable = false)
    private DraftTeam draftTeam;

    @Column(name = "round_number", nullable = false)
    private int roundNumber;

    @Column(name = "action_type", nullable = false)
    private String actionType;

    @Column(name = "hero_id")
    private Integer heroId;

    @Column(nullable = false)
    private String state = PLANNED;

    @Column(name = "grace_time_ms", nullable = false)
    private int graceTimeMs = GRACE_MS;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected HeroDraftRound() {
    }

    HeroDraftRound(HeroDraft draft, DraftTeam team, int roundNumber, ActionType action) {
        this.draft = draft;
        this.draftTeam = team;
        this.roundNumber = roundNumber;
        this.actionType = action.wire();
    }

    void start(Instant now) {
        state = ACTIVE;
        startedAt = now;
    }

    void complete(int heroId, Instant now) {
        this.heroId = heroId;
        state = COMPLETED;
        completedAt = now;
    }

    /** docs/decisions.md D24: paused time and the countdown must not count as elapsed. */
    void shiftStart(Duration by) {
        if (startedAt != null) {
            startedAt = startedAt.plus(by);
        }
    }

    public RoundClock clock(Instant now) {
        return RoundClock.of(startedAt, now, graceTimeMs, draftTeam.reserveTimeRemaining());
    }

    public boolean isActive() {
        return ACTIVE.equals(state);
    }

    public boolean isPlanned() {
        return PLANNED.equals(state);
    }

    public Long id() {
        return id;
    }

    public HeroDraft draft() {
        return draft;
    }

    public DraftTeam draftTeam() {
        return draftTeam;
    }

    public int roundNumber() {
        return roundNumber;
    }

    public ActionType actionType() {
        return ActionType.of(actionType);
    }

    public Integer heroId() {
        return heroId;
    }

    public String state() {
        return state;
    }

    public int graceTimeMs() {
        return graceTimeMs;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
