package gg.pickban.herodraft.entity;

import gg.pickban.platform.control.Chance;
import gg.pickban.platform.control.Jsonp;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import jakarta.json.JsonValue;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Captains Mode hero draft for one game: its states, the actions' guards and effects, the 24 rounds
 * and the clock — grace, reserve, timeouts, pause and resume (docs/rules.md §5.1–§5.8, docs/decisions.md D24–D26).
 * Every rule returns the events it wrote (one per fact, docs/decisions.md D23); the caller persists and broadcasts them.
 * Writers row-lock the draft first, so its rules run one at a time per draft.
 * It is long because it is the aggregate every hero-draft rule changes; the arithmetic lives apart
 * ({@link RoundClock}, {@link CaptainsMode}, {@link HeroPool}, {@link HeroDraftTick}).
 */
@Entity
@Table(name = "hero_draft")
@NamedQuery(name = HeroDraft.OF_GAME, query = "SELECT d.id FROM HeroDraft d WHERE d.game.id = :game")
@NamedQuery(name = HeroDraft.IDS_OF_GAMES, query = "SELECT d.game.id, d.id FROM HeroDraft d WHERE d.game.id IN :games")
@NamedQuery(name = HeroDraft.TO_JOIN, query = "SELECT d.id, g.id, COALESCE(gt.id, tt2.id), d.state"
        + " FROM DraftTeam dt JOIN dt.draft d JOIN d.game g LEFT JOIN g.tournament gt JOIN dt.tournamentTeam tt"
        + " LEFT JOIN tt.tournament tt2"
        + " WHERE tt.captain.id = :user AND d.state IN :states ORDER BY d.id, dt.id")
public class HeroDraft {

    public static final String OF_GAME = "HeroDraft.ofGame";
    public static final String IDS_OF_GAMES = "HeroDraft.idsOfGames";
    public static final String TO_JOIN = "HeroDraft.toJoin";

    public static final Duration COUNTDOWN = Duration.ofSeconds(3);
    public static final Duration HEARTBEAT_STALE_AFTER = Duration.ofSeconds(9);
    public static final String NOT_AVAILABLE = "Hero is not available (already picked or banned)";
    public static final String NO_ACTIVE_ROUND = "No active round";
    public static final String NOT_YOUR_TURN = "Not your turn";
    public static final String PICK_ORDER = "pick_order";
    public static final String SIDE = "side";

    @Id
    @SequenceGenerator(name = "hero_draft_seq", sequenceName = "hero_draft_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hero_draft_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "game_id", nullable = false)
    private Game game;

    @Column(nullable = false)
    private String state = HeroDraftState.WAITING_FOR_CAPTAINS.wire();

    /** One of {@link #teams}; an id rather than a relation, see V11__hero_drafts.sql. */
    @Column(name = "roll_winner_id")
    private Long rollWinnerId;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "resuming_until")
    private Instant resumingUntil;

    @Column(name = "is_manual_pause", nullable = false)
    private boolean manualPause;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "draft", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    private List<DraftTeam> teams = new ArrayList<>();

    @OneToMany(mappedBy = "draft", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("roundNumber ASC")
    private List<HeroDraftRound> rounds = new ArrayList<>();

    protected HeroDraft() {
    }

    /** docs/rules.md §5.2: DraftTeams in the order radiant slot, dire slot, so the lower id is the radiant-slot team. */
    public HeroDraft(Game game, Team radiantSlot, Team direSlot, Instant now) {
        this.game = game;
        teams.add(new DraftTeam(this, radiantSlot));
        teams.add(new DraftTeam(this, direSlot));
        createdAt = now;
        updatedAt = now;
    }

    public HeroDraftEvent created(long createdBy, Instant now) {
        return recorded(HeroDraftEvent.created(this, createdBy, now), now);
    }

    /** Refuses with {@code Cannot <action> in state '<s>'} unless the draft is in {@code expected}. */
    public void expect(HeroDraftState expected, String action) {
        if (state() != expected) {
            throw HeroDraftRefused.inState(action, state());
        }
    }

    /** HDCaptain: the caller's DraftTeam, else 403 "You are not a captain in this draft". */
    public DraftTeam captainTeam(Actor actor) {
        return teamOf(actor.userId()).orElseThrow(() -> new HeroDraftDenied(HeroDraftDenied.NOT_A_CAPTAIN));
    }

    public Optional<DraftTeam> teamOf(long userId) {
        return teams().stream().filter(t -> t.isCaptainedBy(userId)).findFirst();
    }

    /** Ready (docs/rules.md §5.2): the caller's team ready and connected; both ready → {@code rolling}. */
    public HeroDraftEvent setReady(Actor actor, Instant now) {
        expect(HeroDraftState.WAITING_FOR_CAPTAINS, "set ready");
        DraftTeam team = captainTeam(actor);
        team.readyUp();
        if (teams.stream().allMatch(DraftTeam::isReady)) {
            moveTo(HeroDraftState.ROLLING);
        }
        return recorded(HeroDraftEvent.captainReady(this, team, actor.userId(), now), now);
    }

    /** Roll (docs/rules.md §5.2): a fair coin between the two DraftTeams, whoever triggers it. */
    public HeroDraftEvent roll(Actor actor, Chance chance, Instant now) {
        expect(HeroDraftState.ROLLING, "trigger roll");
        DraftTeam caller = captainTeam(actor);
        DraftTeam winner = teams().get(chance.below(teams.size()));
        rollWinnerId = winner.id();
        moveTo(HeroDraftState.CHOOSING);
        return recorded(HeroDraftEvent.rollResult(this, caller, winner, now), now);
    }

    /**
     * Choose (docs/rules.md §5.2): the value checks and the effect (the caller has checked state and captaincy); once both teams
     * have both attributes the 24 rounds are built and round 1 starts.
     */
    public HeroDraftEvent choose(DraftTeam team, String choiceType, String value, Instant now) {
        expect(HeroDraftState.CHOOSING, "submit choice");
        boolean pickOrder = PICK_ORDER.equals(choiceType);
        if (!pickOrder && !SIDE.equals(choiceType)) {
            throw new HeroDraftRefused("choice_type must be 'pick_order' or 'side'");
        }
        if (pickOrder && !"first".equals(value) && !"second".equals(value)) {
            throw new HeroDraftRefused("value must be 'first' or 'second' for pick_order");
        }
        if (!pickOrder && !"radiant".equals(value) && !"dire".equals(value)) {
            throw new HeroDraftRefused("value must be 'radiant' or 'dire' for side");
        }
        if (pickOrder ? team.isFirstPick() != null : team.isRadiant() != null) {
            throw new HeroDraftRefused(pickOrder ? "Pick order already chosen" : "Side already chosen");
        }
        if (!team.id().equals(rollWinnerId)) {
            if (rollWinnerId == null) {
                throw new HeroDraftRefused("Roll winner not set");
            }
            // the loser can only have got an attribute from the winner's choice, so any attribute means the winner chose
            if (teams.stream().allMatch(t -> t.isFirstPick() == null && t.isRadiant() == null)) {
                throw new HeroDraftDenied(HeroDraftDenied.WINNER_FIRST);
            }
        }
        DraftTeam other = otherThan(team);
        if (pickOrder) {
            team.choosePickOrder("first".equals(value));
            other.choosePickOrder(!"first".equals(value));
        } else {
            team.chooseSide("radiant".equals(value));
            other.chooseSide(!"radiant".equals(value));
        }
        HeroDraftEvent made = recorded(HeroDraftEvent.choiceMade(this, team, choiceType, value, now), now);
        if (teams.stream().allMatch(DraftTeam::hasChosenBoth)) {
            buildRounds();
            rounds.get(0).start(now);
            moveTo(HeroDraftState.DRAFTING);
        }
        return made;
    }

    /** Ban or pick (docs/rules.md §5.4): the hero, active-round and turn checks, then the round completes (§5.5), for the caller's team. */
    public List<HeroDraftEvent> submit(DraftTeam team, long heroId, Instant now) {
        expect(HeroDraftState.DRAFTING, "submit pick");
        if (!HeroPool.contains(heroId) || usedHeroes().contains((int) heroId)) {
            throw new HeroDraftRefused(NOT_AVAILABLE);
        }
        HeroDraftRound round = activeRound().orElseThrow(() -> new HeroDraftRefused(NO_ACTIVE_ROUND));
        if (!round.draftTeam().id().equals(team.id())) {
            throw new HeroDraftRefused(NOT_YOUR_TURN);
        }
        return complete(round, (int) heroId, new ArrayList<>(), now);
    }

    /** docs/rules.md §5.5: nothing unless drafting with an active, started round that reached grace + stored reserve. */
    public List<HeroDraftEvent> timeOutIfDue(Chance chance, Instant now) {
        Optional<HeroDraftRound> due = activeRound().filter(r -> state() == HeroDraftState.DRAFTING && r.startedAt() != null)
                .filter(r -> r.clock(now).isTimedOut());
        return due.map(round -> autoPick(round, chance, now)).orElse(List.of());
    }

    /** The test endpoint's forced timeout (docs/e2e-seed.md §2): a timeout regardless of elapsed time. */
    public List<HeroDraftEvent> forceTimeout(Chance chance, Instant now) {
        expect(HeroDraftState.DRAFTING, "force timeout");
        HeroDraftRound round = activeRound().orElseThrow(() -> new HeroDraftRefused("No active round to timeout"));
        return autoPick(round, chance, now);
    }

    /** Abandon (docs/rules.md §5.8): any state but the final two. */
    public HeroDraftEvent abandon(Actor actor, Instant now) {
        if (state().isTerminal()) {
            throw HeroDraftRefused.inState("abandon draft", state());
        }
        if (teamOf(actor.userId()).isEmpty() && !actor.staff()) {
            throw new HeroDraftDenied(HeroDraftDenied.ABANDON);
        }
        moveTo(HeroDraftState.ABANDONED);
        return recorded(HeroDraftEvent.abandoned(this, actor, now), now);
    }

    /** Pause (docs/rules.md §5.6): only while drafting. */
    public HeroDraftEvent pause(Actor actor, Instant now) {
        expect(HeroDraftState.DRAFTING, "pause draft");
        Optional<DraftTeam> team = teamOf(actor.userId());
        if (team.isEmpty() && !actor.supervisor()) {
            throw new HeroDraftDenied(HeroDraftDenied.PAUSE);
        }
        freeze(now, true);
        return recorded(HeroDraftEvent.byActor(this, HeroDraftEvent.DRAFT_PAUSED, team.orElse(null),
                Jsonp.createObjectBuilder().add("reason", "manual"), "paused", actor, now), now);
    }

    /**
     * Resume (docs/rules.md §5.6): the active round moves on by the pause and the countdown, so neither
     * consumes grace or reserve (docs/decisions.md D24).
     */
    public HeroDraftEvent resume(Actor actor, Instant now) {
        expect(HeroDraftState.PAUSED, "resume draft");
        Optional<DraftTeam> team = teamOf(actor.userId());
        if (team.isEmpty() && !actor.supervisor()) {
            throw new HeroDraftDenied(HeroDraftDenied.RESUME);
        }
        if (pausedAt != null) {
            Duration shift = Duration.between(pausedAt, now).plus(COUNTDOWN);
            activeRound().ifPresent(round -> round.shiftStart(shift));
        }
        moveTo(HeroDraftState.RESUMING);
        resumingUntil = now.plus(COUNTDOWN);
        pausedAt = null;
        manualPause = false;
        return recorded(HeroDraftEvent.byActor(this, HeroDraftEvent.RESUME_COUNTDOWN, team.orElse(null), Jsonp.createObjectBuilder()
                .add("countdown_seconds", COUNTDOWN.toSeconds()).add("reason", "manual"), "resumed", actor, now), now);
    }

    /** docs/decisions.md D26: a countdown whose end has come is completed by whoever loads the draft first. */
    public Optional<HeroDraftEvent> completeCountdownIfDue(Instant now) {
        if (!isCountdownDue(now)) {
            return Optional.empty();
        }
        moveTo(HeroDraftState.DRAFTING);
        resumingUntil = null;
        return Optional.of(recorded(HeroDraftEvent.plain(this, HeroDraftEvent.DRAFT_RESUMED, null, null, now), now));
    }

    public boolean isCountdownDue(Instant now) {
        return state() == HeroDraftState.RESUMING && (resumingUntil == null || !resumingUntil.isAfter(now));
    }

    /**
     * Reset (docs/rules.md §5.8) for the draft and its teams; the caller deletes the stored events before persisting the
     * returned {@code draft_reset}. {@code resetBy} is the user's pk or {@code "test_endpoint"}.
     */
    public HeroDraftEvent reset(JsonValue resetBy, Instant now) {
        rounds.clear();
        teams.forEach(DraftTeam::reset);
        moveTo(HeroDraftState.WAITING_FOR_CAPTAINS);
        rollWinnerId = null;
        pausedAt = null;
        resumingUntil = null;
        manualPause = false;
        return recorded(HeroDraftEvent.reset(this, resetBy, now), now);
    }

    /** A captain's socket connected: empty when the user captains neither team. A paused draft stays paused (docs/decisions.md D24). */
    public Optional<HeroDraftEvent> captainConnected(long userId, Instant now) {
        return teamOf(userId).map(team -> {
            team.connect(true);
            return recorded(HeroDraftEvent.presence(this, HeroDraftEvent.CAPTAIN_CONNECTED, team, null, now), now);
        });
    }

    /** A captain's registered socket closed (docs/rules.md §5.7): the captain is gone; a drafting draft pauses, any other state only notes it. */
    public List<HeroDraftEvent> captainDisconnected(long userId, Instant now) {
        Optional<DraftTeam> found = teamOf(userId);
        if (found.isEmpty()) {
            return List.of();
        }
        DraftTeam team = found.get();
        team.connect(false);
        List<HeroDraftEvent> events = new ArrayList<>(List.of(recorded(
                HeroDraftEvent.presence(this, HeroDraftEvent.CAPTAIN_DISCONNECTED, team, null, now), now)));
        if (state() == HeroDraftState.DRAFTING) {
            freeze(now, false);
            events.add(HeroDraftEvent.plain(this, HeroDraftEvent.DRAFT_PAUSED, team, "captain_disconnected", now));
        }
        return events;
    }

    /**
     * Stale heartbeat (docs/rules.md §5.7): during drafting, the first captain (by DraftTeam id) whose heartbeat is older than 9 s,
     * or who has none while their team counts as connected.
     */
    public Optional<Long> staleCaptain(Function<Long, Optional<Instant>> heartbeatOf, Instant now) {
        if (state() != HeroDraftState.DRAFTING) {
            return Optional.empty();
        }
        return CaptainSeat.firstStale(captainSeats(), heartbeatOf, now).map(CaptainSeat::userId);
    }

    /** The captained DraftTeams' seats, in DraftTeam order. */
    public List<CaptainSeat> captainSeats() {
        return teams().stream().filter(t -> t.captain() != null)
                .map(t -> new CaptainSeat(t.captain().id(), t.captain().username(), t.isConnected())).toList();
    }

    public static boolean isStale(Optional<Instant> heartbeat, boolean connected, Instant now) {
        return heartbeat.map(at -> Duration.between(at, now).compareTo(HEARTBEAT_STALE_AFTER) > 0).orElse(connected);
    }

    /** docs/rules.md §5.7: pauses a drafting draft for that captain's stale heartbeat; nothing in any other state. */
    public List<HeroDraftEvent> pauseForStaleCaptain(long userId, Instant now) {
        Optional<DraftTeam> found = teamOf(userId);
        if (state() != HeroDraftState.DRAFTING || found.isEmpty()) {
            return List.of();
        }
        DraftTeam team = found.get();
        team.connect(false);
        freeze(now, false);
        return List.of(recorded(HeroDraftEvent.presence(this, HeroDraftEvent.CAPTAIN_DISCONNECTED, team, "heartbeat_stale", now), now),
                HeroDraftEvent.plain(this, HeroDraftEvent.DRAFT_PAUSED, team, "heartbeat_stale", now));
    }

    private List<HeroDraftEvent> autoPick(HeroDraftRound round, Chance chance, Instant now) {
        List<Integer> available = availableHeroes();
        int hero = available.get(chance.below(available.size()));
        List<HeroDraftEvent> events = new ArrayList<>();
        events.add(HeroDraftEvent.roundTimeout(this, round.draftTeam(), hero, now));
        return complete(round, hero, events, now);
    }

    /** Completing a round (docs/rules.md §5.5): reserve first, then the hero, the event and the next round or the end. */
    private List<HeroDraftEvent> complete(HeroDraftRound round, int heroId, List<HeroDraftEvent> events, Instant now) {
        RoundClock clock = round.clock(now);
        DraftTeam team = round.draftTeam();
        team.spendReserve(clock.reserveRemainingMs());
        round.complete(heroId, now);
        events.add(recorded(HeroDraftEvent.heroSelected(this, round, clock, now), now));
        Optional<HeroDraftRound> next = rounds().stream().filter(HeroDraftRound::isPlanned).findFirst();
        if (next.isPresent()) {
            next.get().start(now);
            events.add(HeroDraftEvent.roundStarted(this, next.get(), now));
        } else {
            moveTo(HeroDraftState.COMPLETED);
            events.add(HeroDraftEvent.plain(this, HeroDraftEvent.DRAFT_COMPLETED, null, null, now));
        }
        return events;
    }

    private void buildRounds() {
        DraftTeam first = teams.stream().filter(t -> Boolean.TRUE.equals(t.isFirstPick())).findFirst().orElseThrow();
        DraftTeam second = otherThan(first);
        rounds.clear();
        for (CaptainsMode.Step step : CaptainsMode.STEPS) {
            rounds.add(new HeroDraftRound(this, step.firstPickTeam() ? first : second, step.roundNumber(), step.action()));
        }
    }

    private void freeze(Instant now, boolean manual) {
        touch(now);
        moveTo(HeroDraftState.PAUSED);
        pausedAt = now;
        manualPause = manual;
    }

    private DraftTeam otherThan(DraftTeam team) {
        return teams.stream().filter(t -> t != team).findFirst().orElseThrow();
    }

    private void moveTo(HeroDraftState next) {
        state = next.wire();
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    /** Every rule that writes an event changed the draft: {@code updated_at} moves on. */
    private HeroDraftEvent recorded(HeroDraftEvent event, Instant now) {
        touch(now);
        return event;
    }

    public Optional<HeroDraftRound> activeRound() {
        return rounds.stream().filter(HeroDraftRound::isActive).findFirst();
    }

    /** {@code current_round} (docs/api.md §7): the active round's 0-based index, null when none is active. */
    public Integer currentRound() {
        return activeRound().map(r -> r.roundNumber() - 1).orElse(null);
    }

    public List<Integer> usedHeroes() {
        return rounds.stream().map(HeroDraftRound::heroId).filter(h -> h != null).toList();
    }

    /** The hero pool (docs/rules.md §5.4) minus every hero banned or picked in this draft, ascending. */
    public List<Integer> availableHeroes() {
        return HeroPool.without(usedHeroes());
    }

    public Optional<DraftTeam> rollWinner() {
        return rollWinnerId == null ? Optional.empty() : teams.stream().filter(t -> rollWinnerId.equals(t.id())).findFirst();
    }

    public Long id() {
        return id;
    }

    public Game game() {
        return game;
    }

    public HeroDraftState state() {
        return HeroDraftState.of(state);
    }

    /** By id: the radiant-slot team first. */
    public List<DraftTeam> teams() {
        return teams.stream().sorted(Comparator.comparing(DraftTeam::id, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** By round number. */
    public List<HeroDraftRound> rounds() {
        return rounds.stream().sorted(Comparator.comparingInt(HeroDraftRound::roundNumber)).toList();
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public Instant resumingUntil() {
        return resumingUntil;
    }

    public boolean isManualPause() {
        return manualPause;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
