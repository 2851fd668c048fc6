package gg.pickban.herodraft.control;

import gg.pickban.cluster.control.ConnectionCounts;
import gg.pickban.cluster.control.GroupBus;
import gg.pickban.herodraft.entity.HeroDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.util.Optional;

/**
 * One second of a draft's ticker, run by the instance holding its tick lock (herodraft.md §9.1):
 * continue?, countdown, heartbeats, tick, timeout — each database step its own short transaction
 * in {@link HeroDraftClock}. The steps that lock the draft's row run only when the tick just read
 * says they are due, so a quiet second costs two reads.
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
        Optional<JsonObject> tick = read(draftId);
        if (tick.isEmpty() || counts.total(connectionsKey(draftId)) == 0) {
            return false;
        }
        if (isResuming(tick.get()) && tick.get().getJsonNumber("countdown_remaining_ms").longValue() == 0) {
            clock.completeCountdownIfDue(draftId);
            tick = read(draftId);
            if (tick.isEmpty()) {
                return false;
            }
        }
        if (!isResuming(tick.get()) && pausedForStaleCaptain(draftId)) {
            return false;
        }
        bus.publish(HeroDraftBroadcast.group(draftId), tick.get().toString());
        if (!isResuming(tick.get()) && isDue(tick.get())) {
            clock.timeoutIfDue(draftId);
        }
        return true;
    }

    private Optional<JsonObject> read(long draftId) {
        return clock.tickJson(draftId).map(json -> Json.createReader(new StringReader(json)).readObject());
    }

    private boolean pausedForStaleCaptain(long draftId) {
        Optional<CaptainSeat> stale = clock.captains(draftId).stream()
                .filter(seat -> HeroDraft.isStale(presence.lastHeartbeat(draftId, seat.userId()), seat.connected(), time.instant()))
                .findFirst();
        stale.ifPresent(seat -> clock.pauseForStaleCaptain(draftId, seat.userId()));
        return stale.isPresent();
    }

    private static boolean isResuming(JsonObject tick) {
        return "resuming".equals(tick.getString("draft_state", ""));
    }

    /** §6.3: elapsed ≥ grace + stored reserve is exactly when both the grace and the active team's live reserve show 0. */
    private static boolean isDue(JsonObject tick) {
        long active = tick.getJsonNumber("active_team_id").longValue();
        String reserve = active == tick.getJsonNumber("team_a_id").longValue() ? "team_a_reserve_ms" : "team_b_reserve_ms";
        return tick.getJsonNumber("grace_time_remaining_ms").longValue() == 0 && tick.getJsonNumber(reserve).longValue() == 0;
    }
}
