package gg.pickban.testsupport;

import java.time.Duration;

/**
 * One misbehaviour the fake Discord shows on its next matching request: an error status, a rate
 * limit with {@code retry_after} (seconds, fractional) — global or not — or a stall before answering.
 */
public record DiscordFault(int status, double retryAfter, boolean global, Duration stall) {

    public static DiscordFault status(int status) {
        return new DiscordFault(status, 0, false, Duration.ZERO);
    }

    public static DiscordFault rateLimited(double retryAfterSeconds) {
        return new DiscordFault(429, retryAfterSeconds, false, Duration.ZERO);
    }

    public static DiscordFault globallyRateLimited(double retryAfterSeconds) {
        return new DiscordFault(429, retryAfterSeconds, true, Duration.ZERO);
    }

    /** Answers normally, but only after this long (longer than the client's timeout = a timeout). */
    public static DiscordFault stall(Duration stall) {
        return new DiscordFault(0, 0, false, stall);
    }
}
