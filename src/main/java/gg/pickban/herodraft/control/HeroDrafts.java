package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.Actor;
import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.herodraft.entity.HeroDraftEvent;
import gg.pickban.identity.entity.User;
import gg.pickban.league.control.LeagueRoles;
import gg.pickban.platform.control.Chance;
import gg.pickban.platform.control.WriteTracker;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/**
 * Runs hero-draft rules inside the caller's transaction: finds and row-locks the draft (every writer
 * locks the draft row first, so one draft's writers run one after another and other drafts are not
 * touched), persists the events the rules wrote and hands the announcements to the broadcast.
 */
@ApplicationScoped
public class HeroDrafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Chance chance;

    @Inject
    HeroDraftBroadcast broadcast;

    @Inject
    WriteTracker writes;

    @Inject
    TickStamps stamps;

    public Optional<HeroDraft> find(long id) {
        return Optional.ofNullable(em.find(HeroDraft.class, id));
    }

    /** The draft with its teams and their captains in one query (its rounds load on first use). */
    public Optional<HeroDraft> withTeams(long id) {
        // EclipseLink's own fetch hints: its JPQL loses the nested levels of an aliased JOIN FETCH
        return em.createQuery("SELECT d FROM HeroDraft d WHERE d.id = :id", HeroDraft.class).setParameter("id", id)
                .setHint(QueryHints.LEFT_FETCH, "d.teams")
                .setHint(QueryHints.LEFT_FETCH, "d.teams.tournamentTeam")
                .setHint(QueryHints.LEFT_FETCH, "d.teams.tournamentTeam.captain")
                .getResultStream().findFirst();
    }

    /**
     * The draft row-locked for a write. The lock also moves the draft's version on and replaces its
     * tick stamp, whatever the transaction changes (a team's reserve, a round): the ticker's view
     * stands only while the stamp does.
     */
    public Optional<HeroDraft> locked(long id) {
        Optional<HeroDraft> draft = Optional.ofNullable(em.find(HeroDraft.class, id, LockModeType.PESSIMISTIC_FORCE_INCREMENT));
        draft.ifPresent(d -> stamps.changing(id));
        return draft;
    }

    public Instant now() {
        return clock.instant();
    }

    public Chance chance() {
        return chance;
    }

    /**
     * An expired countdown becomes {@code drafting} on a locked draft (docs/decisions.md D26), announced as
     * the state message {@code draft_resumed}.
     */
    public void completeCountdown(HeroDraft draft, List<HeroDraftEventMessage> out) {
        draft.completeCountdownIfDue(now()).ifPresent(resumed -> {
            record(List.of(resumed));
            out.add(HeroDraftEventMessage.state(HeroDraftEvent.DRAFT_RESUMED, null));
        });
    }

    public void record(Collection<HeroDraftEvent> events) {
        events.forEach(em::persist);
    }

    /** Flushes (ids for events and rounds), then renders the messages for after the commit. */
    public void announce(HeroDraft draft, List<HeroDraftEventMessage> announcements, boolean clockStarts) {
        em.flush();
        broadcast.announce(draft, announcements, clockStarts);
    }

    /** Reset (docs/rules.md §5.8): the stored events go before {@code draft_reset} is written. */
    public void deleteEvents(HeroDraft draft) {
        em.createNamedQuery(HeroDraftEvent.DELETE_OF_DRAFT).setParameter("draft", draft).executeUpdate();
        writes.written();
    }

    /**
     * A reset of a locked draft: its stored events are wiped first, then it starts again from waiting
     * for captains, announced to its sockets. {@code by} names who reset it in the {@code draft_reset} event.
     */
    public HeroDraftEvent reset(HeroDraft draft, JsonValue by) {
        deleteEvents(draft);
        HeroDraftEvent reset = draft.reset(by, now());
        record(List.of(reset));
        announce(draft, List.of(HeroDraftEventMessage.action(reset)), false);
        return reset;
    }

    /** A timeout of the active round now, whatever its clock says (an auto-pick), announced like the ticker's. */
    public void forceTimeout(HeroDraft draft) {
        record(draft.forceTimeout(chance, now()));
        announce(draft, List.of(HeroDraftEventMessage.state(HeroDraftEvent.ROUND_TIMEOUT, null)), false);
    }

    public List<HeroDraftEvent> events(long draftId) {
        return em.createNamedQuery(HeroDraftEvent.OF_DRAFT, HeroDraftEvent.class).setParameter("draft", draftId).getResultList();
    }

    /** The caller with the right to supervise the draft (docs/rules.md §2.2): Staff, or LeagueStaff of the league of the draft's tournament. */
    public Actor actor(User user, HeroDraft draft) {
        boolean staff = LeagueRoles.isStaff(user);
        Tournament tournament = draft.game().tournament();
        boolean supervisor = staff || (tournament != null && tournament.league() != null
                && LeagueRoles.isLeagueStaff(user, tournament.league()));
        return new Actor(user.id(), user.username(), staff, supervisor);
    }

    /**
     * The common course of a state-changing handler (docs/rules.md §5): lock the draft (404 when it does
     * not exist), complete an expired countdown and announce it on its own (docs/decisions.md D26, so a refused action
     * keeps it), then the action's rule and its announcements. Empty = no such draft.
     */
    public Optional<HeroDraft> act(long draftId, User user, HeroDraftAction action) {
        Optional<HeroDraft> found = locked(draftId);
        found.ifPresent(draft -> {
            List<HeroDraftEventMessage> resumed = new ArrayList<>();
            completeCountdown(draft, resumed);
            announce(draft, resumed, false);
            List<HeroDraftEventMessage> out = new ArrayList<>();
            boolean clockStarts = action.apply(draft, actor(user, draft), now(), out);
            announce(draft, out, clockStarts);
        });
        return found;
    }

    /** docs/decisions.md D26 for readers: a due countdown is completed under the draft's lock, else the draft is left alone. */
    public Optional<HeroDraft> loaded(long draftId) {
        Optional<HeroDraft> found = find(draftId);
        found.filter(draft -> draft.isCountdownDue(now())).ifPresent(draft -> {
            // re-read under the lock: a ticker or another loader may have completed it meanwhile
            em.refresh(draft, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            stamps.changing(draftId);
            List<HeroDraftEventMessage> resumed = new ArrayList<>();
            completeCountdown(draft, resumed);
            announce(draft, resumed, false);
        });
        return found;
    }
}
