package gg.pickban.draft.control;

import gg.pickban.draft.entity.Draft;
import gg.pickban.draft.entity.DraftEvent;
import gg.pickban.draft.entity.DraftRound;
import gg.pickban.draft.entity.DraftStyle;
import gg.pickban.draft.entity.Picked;
import gg.pickban.draft.entity.Undone;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Chance;
import gg.pickban.tournament.control.Disbanding;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs the draft's rules inside the caller's transaction: finds and row-locks what they change, then
 * persists the events they wrote. Locks are always taken in the order tournament → draft → round, and
 * every write to a draft takes the draft's lock first, so concurrent actions on one draft run one
 * after the other and each sees the previous one's committed result.
 */
@ApplicationScoped
public class Drafting {

    @PersistenceContext
    EntityManager em;

    @Inject
    Chance chance;

    @Inject
    Clock clock;

    @Inject
    Disbanding disbanding;

    /** Locked against a concurrent draft start or team creation for the same tournament. */
    public Optional<Tournament> lockedTournament(long pk) {
        return Optional.ofNullable(em.find(Tournament.class, pk, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Draft> lockedDraft(long pk) {
        return Optional.ofNullable(em.find(Draft.class, pk, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The tournament's draft, locked; a new snake draft when it has none. The tournament must be locked. */
    public Draft draftOf(Tournament tournament) {
        Optional<Long> existing = em.createQuery("SELECT d.id FROM Draft d WHERE d.tournament.id = :tournament", Long.class)
                .setParameter("tournament", tournament.id()).getResultStream().findFirst();
        if (existing.isPresent()) {
            return lockedDraft(existing.get()).orElseThrow();
        }
        Draft draft = new Draft(tournament, DraftStyle.SNAKE);
        em.persist(draft);
        em.flush();
        return draft;
    }

    /** The round with its draft, both locked; empty when there is no such round. */
    public Optional<DraftRound> lockedRound(long pk) {
        Optional<Long> draftId = em.createNamedQuery(DraftRound.DRAFT_OF, Long.class).setParameter("round", pk)
                .getResultStream().findFirst();
        if (draftId.isEmpty() || lockedDraft(draftId.get()).isEmpty()) {
            return Optional.empty();
        }
        DraftRound round = em.find(DraftRound.class, pk, LockModeType.PESSIMISTIC_WRITE);
        // a raw edit may have moved the round to another draft before we held the lock
        return Optional.ofNullable(round).filter(r -> r.draft().id().equals(draftId.get()));
    }

    /** init-draft (docs/rules.md §4.4) on a locked draft. */
    public List<DraftEvent> start(Draft draft) {
        return recorded(draft.restart(chance, clock.instant()));
    }

    /** draft-rebuild (docs/rules.md §4.4) on a locked draft. */
    public List<DraftEvent> rebuild(Draft draft) {
        return recorded(draft.rebuild(chance, clock.instant()));
    }

    /** pick_player's rules and effects (docs/rules.md §4.4) on a locked round. */
    public Picked pick(DraftRound round, User player, User actor) {
        Picked picked = round.draft().pick(round, player, actor, chance, clock.instant());
        recorded(picked.events());
        return picked;
    }

    /** undo-pick (docs/rules.md §4.4) on a locked draft; a team it leaves empty is deleted with its games. */
    public DraftEvent undo(Draft draft, User actor) {
        Undone undone = draft.undo(actor, clock.instant());
        disbanding.remove(undone.disbanded());
        recorded(List.of(undone.event()));
        return undone.event();
    }

    /**
     * create-team-from-captain (docs/rules.md §4.4, docs/decisions.md D18) on a locked tournament: a user who already captains
     * one of its teams only gets a new {@code draft_order} (when non-zero); anyone else gets a team of
     * their own with themselves as its only member.
     */
    public void teamFromCaptain(Tournament tournament, User user, int draftOrder) {
        Optional<Team> captained = tournament.teams().stream().filter(t -> t.isCaptainedBy(user)).min(Comparator.comparing(Team::id));
        if (captained.isPresent()) {
            if (draftOrder != 0) {
                captained.get().orderInDraft(draftOrder);
            }
            return;
        }
        Team team = new Team(tournament, user.username() + "'s Team");
        team.appointCaptain(user);
        team.draftMember(user);
        team.orderInDraft(draftOrder);
        em.persist(team);
        em.flush();
    }

    private List<DraftEvent> recorded(List<DraftEvent> events) {
        events.forEach(em::persist);
        em.flush();
        return events;
    }
}
