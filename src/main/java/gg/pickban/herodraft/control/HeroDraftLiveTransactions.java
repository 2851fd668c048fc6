package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.herodraft.entity.HeroDraftEvent;
import gg.pickban.herodraft.entity.HeroDraftState;
import gg.pickban.herodraft.entity.HeroDraftTick;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the live part (socket and ticker, docs/rules.md §5.7, §5.9) asks of a draft. Each method is its own
 * short transaction that row-locks only this draft when it writes; broadcasts and
 * {@link HeroDraftClockStarted} leave after the commit. Unknown drafts are no-ops (or empty).
 * <p>
 * The states are {@link HeroDraftState} of the entity package. For stale heartbeats (docs/rules.md §5.7)
 * the ticker reads the heartbeats of the captains of its {@link #tickView}, picks the first stale one with
 * {@code CaptainSeat.firstStale} and calls {@link #pauseForStaleCaptain} for it, which re-checks
 * {@code drafting} under the lock.
 */
@ApplicationScoped
public class HeroDraftLiveTransactions {

    @Inject
    HeroDrafts drafts;

    /**
     * A socket's {@code initial_state}: the full HeroDraft JSON, after completing a due countdown
     * (docs/decisions.md D26). Like the HTTP read it locks the draft only for that countdown: a
     * spectator joining is not a write.
     */
    @Transactional
    public Optional<String> initialStateJson(long draftId) {
        return drafts.loaded(draftId).map(HeroDraftBroadcast::render);
    }

    @Transactional
    public Optional<HeroDraftState> state(long draftId) {
        return drafts.find(draftId).map(HeroDraft::state);
    }

    /** Whether the user captains the team behind one of the draft's two DraftTeams (docs/rules.md §2.1). */
    @Transactional
    public boolean isCaptain(long draftId, long userId) {
        return drafts.find(draftId).flatMap(draft -> draft.teamOf(userId)).isPresent();
    }

    /** A captain's socket connected: {@code is_connected}, event {@code captain_connected}, state message with the team. */
    @Transactional
    public void captainConnected(long draftId, long userId) {
        drafts.locked(draftId).ifPresent(draft -> draft.captainConnected(userId, drafts.now()).ifPresent(event -> {
            drafts.record(List.of(event));
            drafts.announce(draft, List.of(HeroDraftEventMessage.state(event.eventType(), event.draftTeam())), false);
        }));
    }

    /** A captain's socket closed (the caller has checked that it was the registered one, docs/decisions.md D54). */
    @Transactional
    public void captainDisconnected(long draftId, long userId) {
        drafts.locked(draftId).ifPresent(draft -> {
            List<HeroDraftEvent> events = draft.captainDisconnected(userId, drafts.now());
            if (!events.isEmpty()) {
                drafts.record(events);
                HeroDraftEvent last = events.get(events.size() - 1);
                drafts.announce(draft, List.of(HeroDraftEventMessage.state(last.eventType(), last.draftTeam())), false);
            }
        });
    }

    /** The ticker's countdown step: an ended countdown becomes {@code drafting} (docs/decisions.md D26). */
    @Transactional
    public void completeCountdownIfDue(long draftId) {
        drafts.locked(draftId).ifPresent(draft -> {
            List<HeroDraftEventMessage> out = new ArrayList<>();
            drafts.completeCountdown(draft, out);
            drafts.announce(draft, out, false);
        });
    }

    /** docs/rules.md §5.7: pauses a drafting draft for this captain's stale heartbeat; nothing in any other state. */
    @Transactional
    public void pauseForStaleCaptain(long draftId, long userId) {
        drafts.locked(draftId).ifPresent(draft -> {
            List<HeroDraftEvent> events = draft.pauseForStaleCaptain(userId, drafts.now());
            if (!events.isEmpty()) {
                drafts.record(events);
                drafts.announce(draft, List.of(HeroDraftEventMessage.state(HeroDraftEvent.DRAFT_PAUSED, events.get(1).draftTeam())), false);
            }
        });
    }

    /**
     * What one second of the ticker reads (the tick, docs/decisions.md D25, and the captains' heartbeats),
     * read-only, tagged with the draft's {@link TickStamps tick stamp} read before it. Empty unless the draft exists and is drafting with
     * an active round, or resuming.
     */
    @Transactional
    public Optional<TickView> tickView(long draftId, String stamp) {
        return drafts.withTeams(draftId).flatMap(draft -> HeroDraftTick.of(draft)
                .map(tick -> new TickView(tick, draft.captainSeats(), stamp, drafts.now())));
    }

    /** docs/rules.md §5.5: a random available hero for a round past grace + reserve; the state message {@code hero_selected}. */
    @Transactional
    public void timeoutIfDue(long draftId) {
        drafts.locked(draftId).ifPresent(draft -> {
            List<HeroDraftEvent> events = draft.timeOutIfDue(drafts.chance(), drafts.now());
            if (!events.isEmpty()) {
                drafts.record(events);
                drafts.announce(draft, List.of(HeroDraftEventMessage.state(HeroDraftEvent.HERO_SELECTED, null)), false);
            }
        });
    }
}
