package gg.pickban.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When this instance last saw Redis in trouble: a call that failed, the group bus losing its
 * subscription or getting it back. Redis keeps nothing on disk, so after trouble its keys may be
 * gone, and other instances may not have written theirs again yet; whoever judges by such keys
 * (captains' heartbeats, free tick locks, connection counts) waits a while after the last trouble
 * instead of taking their absence at face value. Without Redis there never is any.
 */
@ApplicationScoped
public class RedisTrouble {

    @Inject
    Clock clock;

    private volatile Instant last;

    RedisTrouble() {
    }

    public RedisTrouble(Clock clock) {
        this.clock = clock;
    }

    public void seen() {
        last = clock.instant();
    }

    /** Whether trouble was seen less than {@code period} ago. */
    public boolean seenWithin(Duration period) {
        Instant at = last;
        return at != null && clock.instant().isBefore(at.plus(period));
    }
}
