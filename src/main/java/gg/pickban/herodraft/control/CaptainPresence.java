package gg.pickban.herodraft.control;

import gg.pickban.cluster.control.SharedValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which socket is a captain's current one and when it last sent a heartbeat (herodraft.md §9.4,
 * §9.5): {@code herodraft:{id}:captain:{user}:channel} holds the socket's private bus channel (300 s,
 * refreshed by heartbeats, D27), {@code …:heartbeat} the epoch millisecond of the last heartbeat (30 s).
 */
@ApplicationScoped
public class CaptainPresence {

    static final Duration CHANNEL_TTL = Duration.ofSeconds(300);
    static final Duration HEARTBEAT_TTL = Duration.ofSeconds(30);

    @Inject
    SharedValues values;

    @Inject
    Clock clock;

    CaptainPresence() {
    }

    CaptainPresence(SharedValues values, Clock clock) {
        this.values = values;
        this.clock = clock;
    }

    /** Makes {@code channel} the captain's socket and writes a heartbeat; returns the socket it supersedes. */
    public Optional<String> register(long draftId, long userId, String channel) {
        Optional<String> previous = values.getAndPut(channelKey(draftId, userId), channel, CHANNEL_TTL);
        beat(draftId, userId);
        return previous.filter(p -> !p.equals(channel));
    }

    /** A heartbeat of {@code channel}; refreshes the registration only while it is still the captain's socket. */
    public void heartbeat(long draftId, long userId, String channel) {
        if (values.expireIfEquals(channelKey(draftId, userId), channel, CHANNEL_TTL)) {
            beat(draftId, userId);
        }
    }

    public Optional<Instant> lastHeartbeat(long draftId, long userId) {
        return values.get(heartbeatKey(draftId, userId)).map(Long::parseLong).map(Instant::ofEpochMilli);
    }

    /** Removes the registration and heartbeat if {@code channel} is still the captain's socket (D54); tells whether it was. */
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
