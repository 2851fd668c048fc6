package gg.pickban.herodraft.control;

import gg.pickban.cluster.control.ConnectionCounts;
import gg.pickban.cluster.control.RedisTrouble;
import gg.pickban.herodraft.entity.CaptainSeat;
import gg.pickban.live.control.GroupBus;
import gg.pickban.live.control.Tickers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * One second of a draft's ticker, run by the instance holding its tick lock (docs/rules.md §5.9):
 * continue?, countdown, heartbeats, tick, timeout — each database step its own short transaction
 * in {@link HeroDraftLiveTransactions}. The steps that lock the draft's row run only when the tick just read
 * says they are due, and the draft is read only when its {@link TickStamps stamp} moved (or the view
 * is {@link TickView#MAX_AGE} old), so a quiet second does not touch the database.
 * <p>
 * Every write — countdown, stale pause, tick, timeout — is preceded by the ticker's ownership check
 * (fencing: an owner that lost its lock to another instance writes nothing more). Through a Redis
 * outage the owner goes on from what it knows itself: the draft read every second (no stamps), the
 * draft counted as watched, captains' heartbeats unknown, so nobody is paused for them.
 */
@ApplicationScoped
public class HeroDraftSecond implements Tickers.Body {

    @Inject
    HeroDraftLiveTransactions clock;

    @Inject
    CaptainPresence presence;

    @Inject
    ConnectionCounts counts;

    @Inject
    GroupBus bus;

    @Inject
    TickStamps stamps;

    @Inject
    RedisTrouble trouble;

    @Inject
    Clock time;

    @Inject
    TickTally tally;

    /** Other instances write their connection counts again within 2 s of Redis answering (at once when their bus is back). */
    static final Duration COUNTS_SETTLE = Duration.ofSeconds(5);

    /** Per draft ticking here; one ticker per draft, so one thread at a time per entry. */
    private final Map<Long, TickView> views = new ConcurrentHashMap<>();

    public static String connectionsKey(long draftId) {
        return "herodraft:connections:" + draftId;
    }

    @Override
    public boolean tick(long draftId, BooleanSupplier stillOwner) {
        boolean goesOn = second(draftId, stillOwner);
        if (!goesOn) {
            views.remove(draftId);
        }
        return goesOn;
    }

    /** Answers true without writing once the lock is someone else's: the ticker then finds that out itself. */
    private boolean second(long draftId, BooleanSupplier stillOwner) {
        Optional<TickView> view = read(draftId);
        if (view.isEmpty() || !watched(draftId)) {
            return false;
        }
        boolean resuming = view.get().tick().isResuming();
        JsonObject tick = view.get().tick().at(time.instant());
        if (resuming && tick.getJsonNumber("countdown_remaining_ms").longValue() == 0) {
            if (!stillOwner.getAsBoolean()) {
                return true;
            }
            clock.completeCountdownIfDue(draftId);
            view = read(draftId);
            if (view.isEmpty()) {
                return false;
            }
            resuming = view.get().tick().isResuming();
            tick = view.get().tick().at(time.instant());
        }
        if (!resuming && pausedForStaleCaptain(draftId, view.get().captains(), stillOwner)) {
            return false;
        }
        if (!stillOwner.getAsBoolean()) {
            return true;
        }
        bus.publish(HeroDraftBroadcast.group(draftId), tick.toString());
        tally.ticked(draftId);
        if (!resuming && isDue(tick) && stillOwner.getAsBoolean()) {
            clock.timeoutIfDue(draftId);
        }
        return true;
    }

    /** Sockets anywhere; unknown (Redis unreachable, or other instances' counts not back yet) counts as watched. */
    private boolean watched(long draftId) {
        try {
            return counts.total(connectionsKey(draftId)) > 0 || trouble.seenWithin(COUNTS_SETTLE);
        } catch (RuntimeException e) {
            trouble.seen();
            return true;
        }
    }

    /** The draft's view, kept between seconds for as long as the draft's stamp stands. */
    private Optional<TickView> read(long draftId) {
        String stamp = stamps.current(draftId);
        TickView known = views.get(draftId);
        if (known != null && known.stillCurrent(stamp, time.instant())) {
            return Optional.of(known);
        }
        Optional<TickView> view = clock.tickView(draftId, stamp);
        view.ifPresentOrElse(v -> views.put(draftId, v), () -> views.remove(draftId));
        return view;
    }

    /** Unknown heartbeats (staleness is judged only from what Redis reliably holds, docs/rules.md §5.7) pause nobody. */
    private boolean pausedForStaleCaptain(long draftId, List<CaptainSeat> captains, BooleanSupplier stillOwner) {
        if (!presence.judgeable()) {
            return false;
        }
        Optional<CaptainSeat> stale;
        try {
            stale = CaptainSeat.firstStale(captains, userId -> presence.lastHeartbeat(draftId, userId), time.instant());
        } catch (RuntimeException e) {
            return false;
        }
        if (stale.isEmpty() || !stillOwner.getAsBoolean()) {
            return false;
        }
        clock.pauseForStaleCaptain(draftId, stale.get().userId());
        return true;
    }

    /** docs/rules.md §5.5: elapsed ≥ grace + stored reserve is exactly when both the grace and the active team's live reserve show 0. */
    private static boolean isDue(JsonObject tick) {
        long active = tick.getJsonNumber("active_team_id").longValue();
        String reserve = active == tick.getJsonNumber("team_a_id").longValue() ? "team_a_reserve_ms" : "team_b_reserve_ms";
        return tick.getJsonNumber("grace_time_remaining_ms").longValue() == 0 && tick.getJsonNumber(reserve).longValue() == 0;
    }
}
