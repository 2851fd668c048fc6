package gg.pickban.draft.entity;

import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Chance;
import gg.pickban.tournament.entity.Disbanded;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A tournament's player draft: its rounds and the rules that move it — building rounds, picking with
 * the shuffle assignment, undoing, rebuilding rosters and predicting team MMR per style
 * (docs/rules.md §4.2–§4.5). Every rule returns the events it wrote; the caller persists and
 * broadcasts them. Concurrent actions on one draft are serialised by a row lock on the draft, taken
 * by every writer before it reads the rounds. It is the longest entity because it is the aggregate
 * every draft rule changes; the pure algorithms live apart (PickOrder, ShuffleOrder, StylePrediction).
 */
@Entity
@Table(name = "draft")
@NamedQuery(name = Draft.BY_PK, query = "SELECT d FROM Draft d ORDER BY d.id")
@NamedQuery(name = Draft.OF_TOURNAMENTS, query = "SELECT d FROM Draft d WHERE d.tournament.id IN :tournaments")
public class Draft {

    public static final String BY_PK = "Draft.byPk";
    public static final String OF_TOURNAMENTS = "Draft.ofTournaments";
    public static final int TEAM_SIZE = 5;
    public static final String NO_CAPTAINS = "Draft must have captains to build teams.";
    public static final String ALREADY_CHOSEN = "Failed to pick player. This draft round already has a choice.";
    public static final String NO_CAPTAIN_YET = "Failed to pick player. This draft round has no captain yet.";
    public static final String NOT_AVAILABLE = "Failed to pick player. User is not available for drafting.";
    public static final String NO_PICKS = "No picks to undo";

    private static final Comparator<DraftRound> BY_PICK_NUMBER = Comparator.comparingInt(DraftRound::pickNumber)
            .thenComparing(DraftRound::id, Comparator.nullsLast(Comparator.naturalOrder()));

    @Id
    @SequenceGenerator(name = "draft_seq", sequenceName = "draft_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tournament_id")
    @BatchFetch(BatchFetchType.IN)
    private Tournament tournament;

    @Column(name = "draft_style", nullable = false)
    private String draftStyle = DraftStyle.SNAKE.wire();

    @OneToMany(mappedBy = "draft", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("pickNumber ASC, id ASC")
    @BatchFetch(BatchFetchType.IN)
    private List<DraftRound> rounds = new ArrayList<>();

    protected Draft() {
    }

    /** {@code tournament} may be null: drafts made through the router {@code /api/drafts/} have none (docs/rules.md §4.4). */
    public Draft(Tournament tournament, DraftStyle style) {
        this.tournament = tournament;
        this.draftStyle = style.wire();
    }

    /** Takes effect on the next build; existing rounds stay (docs/rules.md §4.4). */
    public void restyle(DraftStyle style) {
        this.draftStyle = style.wire();
    }

    /**
     * init-draft (docs/rules.md §4.4) once the draft exists: every captained team back to just its captain (not a
     * removal: no succession or team deletion, docs/rules.md §3.3), then the rounds built afresh for the style.
     */
    public List<DraftEvent> restart(Chance chance, Instant now) {
        requireCaptains();
        for (Team team : tournament.teams()) {
            if (team.captain() != null) {
                team.rosterFromDraft(List.of(team.captain()));
            }
        }
        return buildRounds(chance, now);
    }

    /**
     * draft-rebuild (docs/rules.md §4.4): without rounds it is a restart; with rounds they stay and every captained
     * team becomes its captain plus the choices of the rounds that captain picked in, in pick order.
     */
    public List<DraftEvent> rebuild(Chance chance, Instant now) {
        requireCaptains();
        if (rounds.isEmpty()) {
            return restart(chance, now);
        }
        for (Team team : tournament.teams()) {
            if (team.captain() != null) {
                List<User> roster = new ArrayList<>(List.of(team.captain()));
                rounds().stream().filter(r -> r.choice() != null && r.isCaptainedBy(team.captain()))
                        .map(DraftRound::choice).forEach(roster::add);
                team.rosterFromDraft(roster);
            }
        }
        return List.of();
    }

    /**
     * pick_player's rules (the last three checks of docs/rules.md §4.4's picking order, then its effects): the round
     * takes the player, the round's team gains them, and a shuffle draft with players left assigns its next captain (docs/rules.md §4.3).
     */
    public Picked pick(DraftRound round, User player, User actor, Chance chance, Instant now) {
        if (round.choice() != null) {
            throw new DraftRefused(ALREADY_CHOSEN);
        }
        if (round.captain() == null) {
            throw new DraftRefused(NO_CAPTAIN_YET);
        }
        if (usersRemaining().stream().noneMatch(u -> u.id().equals(player.id()))) {
            throw new DraftRefused(NOT_AVAILABLE);
        }
        Team team = teamOf(round);
        round.choose(player);
        if (team != null) {
            team.draftMember(player);
        }
        List<DraftEvent> events = new ArrayList<>(List.of(DraftEvent.playerPicked(this, round, team, player, actor, now)));
        TieRoll tie = style() == DraftStyle.SHUFFLE && !usersRemaining().isEmpty() ? assignNextShuffleRound(events, chance, now) : null;
        return new Picked(events, tie);
    }

    /**
     * undo-pick (docs/rules.md §4.4): the latest pick's player leaves its team (a removal under docs/rules.md §3.3, which
     * may leave the team to be deleted), the round is open again for the same captain, and in shuffle
     * drafts only (docs/decisions.md D16) the following unpicked round waits for its captain again.
     */
    public Undone undo(User actor, Instant now) {
        DraftRound target = rounds().stream().filter(r -> r.choice() != null).reduce((earlier, later) -> later)
                .orElseThrow(() -> new DraftRefused(NO_PICKS));
        Team team = teamOf(target);
        User player = target.choice();
        Disbanded disbanded = Disbanded.NOTHING;
        if (team != null && team.removeMembers(List.of(player)) == Team.Remaining.NOBODY) {
            disbanded = tournament.disband(team);
        }
        target.clearChoice();
        if (style() == DraftStyle.SHUFFLE) {
            rounds().stream().filter(r -> r.pickNumber() > target.pickNumber()).findFirst()
                    .filter(next -> next.choice() == null).ifPresent(DraftRound::unassign);
        }
        return new Undone(DraftEvent.pickUndone(this, target, team, player, actor, now), disbanded);
    }

    /** docs/rules.md §4.5, for snake and normal: the from-scratch simulation's first and last team totals. */
    public StylePrediction predict(DraftStyle style) {
        if (tournament == null) {
            return StylePrediction.NO_TEAMS;
        }
        Set<Long> captains = captainIds();
        List<Integer> pool = tournament.users().stream().filter(u -> !captains.contains(u.id()))
                .sorted(Comparator.comparing(User::mmr, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
                        .thenComparing(User::id))
                .map(Draft::mmrOf).toList();
        return StylePrediction.of(style, teamOrder().stream().map(t -> mmrOf(t.captain())).toList(), pool);
    }

    /** Users remaining (docs/rules.md §4.1): players not chosen in any round and not captaining any team of the tournament, by pk. */
    public List<User> usersRemaining() {
        if (tournament == null) {
            return List.of();
        }
        Set<Long> taken = Stream.concat(captainIds().stream(),
                rounds.stream().map(DraftRound::choice).filter(c -> c != null).map(User::id)).collect(Collectors.toSet());
        return tournament.users().stream().filter(u -> !taken.contains(u.id())).sorted(Comparator.comparing(User::id)).toList();
    }

    /** Latest round (docs/rules.md §4.1): the first round without a choice, else the last round; null without rounds. */
    public Long latestRoundId() {
        List<DraftRound> ordered = rounds();
        if (ordered.isEmpty()) {
            return null;
        }
        return ordered.stream().filter(r -> r.choice() == null).findFirst().orElse(ordered.get(ordered.size() - 1)).id();
    }

    /** The team whose captain is the round's captain, lowest pk first; null without a captain or such team. */
    public Team teamOf(DraftRound round) {
        if (round.captain() == null || tournament == null) {
            return null;
        }
        return tournament.teams().stream().filter(t -> t.isCaptainedBy(round.captain()))
                .min(Comparator.comparing(Team::id)).orElse(null);
    }

    /** The tournament's teams by {@code draft_order}, ties by pk (docs/decisions.md D20). */
    public List<Team> teamOrder() {
        return tournament == null ? List.of() : tournament.teams().stream()
                .sorted(Comparator.comparingInt(Team::draftOrder).thenComparing(Team::id)).toList();
    }

    /** Always by pick number. */
    public List<DraftRound> rounds() {
        return rounds.stream().sorted(BY_PICK_NUMBER).toList();
    }

    public Optional<DraftRound> round(long roundId) {
        return rounds.stream().filter(r -> r.id() != null && r.id() == roundId).findFirst();
    }

    private List<DraftEvent> buildRounds(Chance chance, Instant now) {
        rounds.clear();
        List<Team> order = teamOrder();
        if (order.isEmpty()) {
            return List.of();
        }
        boolean shuffle = style() == DraftStyle.SHUFFLE;
        for (PickOrder.Turn turn : PickOrder.of(style(), order.size())) {
            new DraftRound(this, shuffle ? null : order.get(turn.teamIndex()).captain(), turn.pickNumber(), turn.phase());
        }
        if (!shuffle) {
            return List.of();
        }
        DraftRound first = rounds().get(0);
        nextShuffleCaptain(chance).ifPresent(pick -> first.assign(pick.team().captain(), pick.outcome().tie()));
        return List.of(DraftEvent.draftStarted(this, order.size(), now));
    }

    /** docs/rules.md §4.3 steps 1–4: the next captain-less round goes to the lowest eligible total; returns the tie, if any. */
    private TieRoll assignNextShuffleRound(List<DraftEvent> events, Chance chance, Instant now) {
        Optional<DraftRound> next = rounds().stream().filter(r -> r.captain() == null).findFirst();
        if (next.isEmpty()) {
            return null;
        }
        Optional<ShufflePick> pick = nextShuffleCaptain(chance);
        if (pick.isEmpty()) {
            return null;
        }
        DraftRound round = next.get();
        Team winner = pick.get().team();
        TieRoll tie = pick.get().outcome().tie();
        round.assign(winner.captain(), tie);
        events.add(DraftEvent.captainAssigned(this, round, winner, now));
        if (tie != null) {
            events.add(DraftEvent.tieRoll(this, round, tie, winner, now));
        }
        return tie;
    }

    private record ShufflePick(Team team, ShuffleOrder.Outcome outcome) {
    }

    /** Among captained teams with fewer than five members (docs/decisions.md D19), by total MMR with tie rolls. */
    private Optional<ShufflePick> nextShuffleCaptain(Chance chance) {
        List<Team> eligible = tournament.teams().stream().filter(t -> t.captain() != null && t.members().size() < TEAM_SIZE)
                .sorted(Comparator.comparing(Team::id)).toList();
        return ShuffleOrder.next(eligible.stream().map(t -> new ShuffleOrder.Contender(t.id(), t.name(), t.totalMmr())).toList(), chance)
                .map(outcome -> new ShufflePick(eligible.stream().filter(t -> t.id() == outcome.winnerId()).findFirst().orElseThrow(),
                        outcome));
    }

    private void requireCaptains() {
        if (tournament == null || tournament.captains().isEmpty()) {
            throw new DraftRefused(NO_CAPTAINS);
        }
    }

    private Set<Long> captainIds() {
        return tournament.teams().stream().map(Team::captain).filter(c -> c != null).map(User::id).collect(Collectors.toSet());
    }

    private static int mmrOf(User user) {
        return user == null || user.mmr() == null ? 0 : user.mmr();
    }

    void enlist(DraftRound round) {
        if (!rounds.contains(round)) {
            rounds.add(round);
        }
    }

    void delist(DraftRound round) {
        rounds.remove(round);
    }

    public Long id() {
        return id;
    }

    public Tournament tournament() {
        return tournament;
    }

    public DraftStyle style() {
        return DraftStyle.of(draftStyle);
    }
}
