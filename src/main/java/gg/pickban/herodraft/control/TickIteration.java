package gg.pickban.herodraft.control;

import gg.pickban.cluster.control.ConnectionCounts;
import gg.pickban.cluster.control.GroupBus;
import gg.pickban.herodraft.entity.CaptainSeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One second of a draft's ticker, run by the instance holding its tick lock (herodraft.md §9.1):
 * continue?, countdown, heartbeats, tick, timeout — each database step its own short transaction
 * in {@link HeroDraftClock}. The steps that lock the draft's row run only when the tick just read
 * says they are due, and the draft is read only when its {@link TickStamps stamp} moved (or the view
 * is {@link TickView#MAX_AGE} old), so a quiet second does not touch the database.
 */
@ApplicationScoped
public class TickIteration implements Tickers.Body {

    @Inject
    HeroDraftClock clock;

    @Inject
    CaptainPresence presence;

    @Inject
    ConnectionCounts counts;

    @Inject
    GroupBus bus;

    @Inject
    TickStamps stamps;

    @Inject
    Clock time;

    @Inject
    TickTally tally;

    /** Per draft ticking here; one ticker per draft, so one thread at a time per entry. */
    private final Map<Long, TickView> views = new ConcurrentHashMap<>();

    public static String connectionsKey(long draftId) {
        return "herodraft:connections:" + draftId;
    }

    @Override
    public boolean tick(long draftId) {
        boolean goesOn = second(draftId);
        if (!goesOn) {
            views.remove(draftId);
        }
        return goesOn;
    }

    private boolean second(long draftId) {
        Optional<TickView> view = read(draftId);
        if (view.isEmpty() || counts.total(connectionsKey(draftId)) == 0) {
            return false;
        }
        boolean resuming = view.get().tick().isResuming();
        JsonObject tick = view.get().tick().at(time.instant());
        if (resuming && tick.getJsonNumber("countdown_remaining_ms").longValue() == 0) {
            clock.completeCountdownIfDue(draftId);
            view = read(draftId);
            if (view.isEmpty()) {
                return false;
            }
            resuming = view.get().tick().isResuming();
            tick = view.get().tick().at(time.instant());
        }
        if (!resuming && pausedForStaleCaptain(draftId, view.get().captains())) {
            return false;
        }
        bus.publish(HeroDraftBroadcast.group(draftId), tick.toString());
        tally.ticked(draftId);
        if (!resuming && isDue(tick)) {
            clock.timeoutIfDue(draftId);
        }
        return true;
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

    private boolean pausedForStaleCaptain(long draftId, List<CaptainSeat> captains) {
        Optional<CaptainSeat> stale = CaptainSeat.firstStale(captains, userId -> presence.lastHeartbeat(draftId, userId), time.instant());
        stale.ifPresent(seat -> clock.pauseForStaleCaptain(draftId, seat.userId()));
        return stale.isPresent();
    }

    /** §6.3: elapsed ≥ grace + stored reserve is exactly when both the grace and the active team's live reserve show 0. */
    private static boolean isDue(JsonObject tick) {
        long active = tick.getJsonNumber("active_team_id").longValue();
        String reserve = active == tick.getJsonNumber("team_a_id").longValue() ? "team_a_reserve_ms" : "team_b_reserve_ms";
        return tick.getJsonNumber("grace_time_remaining_ms").longValue() == 0 && tick.getJsonNumber(reserve).longValue() == 0;
    }
}
