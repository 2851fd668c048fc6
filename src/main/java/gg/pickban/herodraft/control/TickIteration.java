package gg.pickban.herodraft.control;

import gg.pickban.cluster.control.ConnectionCounts;
import gg.pickban.cluster.control.GroupBus;
import gg.pickban.herodraft.entity.HeroDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * One second of a draft's ticker, run by the instance holding its tick lock (herodraft.md §9.1):
 * continue?, countdown, heartbeats, tick, timeout — each database step its own short transaction
 * in {@link HeroDraftClock}. The steps that lock the draft's row run only when the tick just read
 * says they are due, so a quiet second costs one read-only transaction.
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
    Clock time;

    public static String connectionsKey(long draftId) {
        return "herodraft:connections:" + draftId;
    }

    @Override
    public boolean tick(long draftId) {
        Optional<TickView> view = clock.tickView(draftId);
        if (view.isEmpty() || counts.total(connectionsKey(draftId)) == 0) {
            return false;
        }
        if (view.get().isResuming() && view.get().tick().getJsonNumber("countdown_remaining_ms").longValue() == 0) {
            clock.completeCountdownIfDue(draftId);
            view = clock.tickView(draftId);
            if (view.isEmpty()) {
                return false;
            }
        }
        JsonObject tick = view.get().tick();
        if (!view.get().isResuming() && pausedForStaleCaptain(draftId, view.get().captains())) {
            return false;
        }
        bus.publish(HeroDraftBroadcast.group(draftId), tick.toString());
        if (!view.get().isResuming() && isDue(tick)) {
            clock.timeoutIfDue(draftId);
        }
        return true;
    }

    private boolean pausedForStaleCaptain(long draftId, List<CaptainSeat> captains) {
        Optional<CaptainSeat> stale = captains.stream()
                .filter(seat -> HeroDraft.isStale(presence.lastHeartbeat(draftId, seat.userId()), seat.connected(), time.instant()))
                .findFirst();
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
