package gg.pickban.herodraft.control;

import gg.pickban.cluster.control.RedisTrouble;
import gg.pickban.cluster.control.SharedValues;
import gg.pickban.herodraft.entity.HeroDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which socket is a captain's current one and when it last sent a heartbeat (docs/rules.md §5.7):
 * {@code herodraft:{id}:captain:{user}:channel} holds the socket's private bus channel (300 s,
 * refreshed by heartbeats, docs/decisions.md D27), {@code …:heartbeat} the epoch millisecond of the last heartbeat (30 s).
 * <p>
 * Redis keeps these keys in memory only: while it cannot be reached, and for the stale threshold after
 * the last trouble, heartbeats are unknown rather than missing ({@link #judgeable}); a captain's socket
 * records itself again with its next heartbeat, or at once when the group bus reports Redis back.
 */
@ApplicationScoped
public class CaptainPresence {

    static final Duration CHANNEL_TTL = Duration.ofSeconds(300);
    static final Duration HEARTBEAT_TTL = Duration.ofSeconds(30);

    @Inject
    SharedValues values;

    @Inject
    Clock clock;

    @Inject
    RedisTrouble trouble;

    CaptainPresence() {
    }

    CaptainPresence(SharedValues values, Clock clock, RedisTrouble trouble) {
        this.values = values;
        this.clock = clock;
        this.trouble = trouble;
    }

    /** Makes {@code channel} the captain's socket and writes a heartbeat; returns the socket it supersedes. */
    public Optional<String> register(long draftId, long userId, String channel) {
        Optional<String> previous = values.getAndPut(channelKey(draftId, userId), channel, CHANNEL_TTL);
        beat(draftId, userId);
        return previous.filter(p -> !p.equals(channel));
    }

    /**
     * A heartbeat of {@code channel}; refreshes the registration while it is still the captain's socket,
     * and registers it again when nothing is registered (Redis lost the key), never over another socket.
     */
    public void heartbeat(long draftId, long userId, String channel) {
        String key = channelKey(draftId, userId);
        if (values.expireIfEquals(key, channel, CHANNEL_TTL) || values.putIfAbsent(key, channel, CHANNEL_TTL)) {
            beat(draftId, userId);
        }
    }

    /** Whether missing or old heartbeats mean what they say: Redis has answered without trouble for the stale threshold. */
    public boolean judgeable() {
        return !trouble.seenWithin(HeroDraft.HEARTBEAT_STALE_AFTER);
    }

    public Optional<Instant> lastHeartbeat(long draftId, long userId) {
        try {
            return values.get(heartbeatKey(draftId, userId)).map(Long::parseLong).map(Instant::ofEpochMilli);
        } catch (RuntimeException e) {
            trouble.seen();
            throw e;
        }
    }

    /**
     * Removes the registration and heartbeat if {@code channel} is still the captain's socket
     * (docs/decisions.md D54); tells whether it was.
     */
    public boolean unregisterIfCurrent(long draftId, long userId, String channel) {
        if (!values.deleteIfEquals(channelKey(draftId, userId), channel)) {
            return false;
        }
        values.delete(heartbeatKey(draftId, userId));
        return true;
    }

    private void beat(long draftId, long userId) {
        // instant(), not millis(): the application clock ticks in microseconds, and Clock.tick's millis() divides by zero then
        values.put(heartbeatKey(draftId, userId), Long.toString(clock.instant().toEpochMilli()), HEARTBEAT_TTL);
    }

    static String channelKey(long draftId, long userId) {
        return "herodraft:" + draftId + ":captain:" + userId + ":channel";
    }

    static String heartbeatKey(long draftId, long userId) {
        return "herodraft:" + draftId + ":captain:" + userId + ":heartbeat";
    }
}
