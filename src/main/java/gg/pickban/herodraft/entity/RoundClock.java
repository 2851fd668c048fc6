package gg.pickban.herodraft.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * The timer arithmetic of docs/rules.md §5.5 for one active round: whole elapsed milliseconds (never
 * negative), grace first, then the acting team's reserve.
 */
public record RoundClock(long elapsedMs, int graceMs, int storedReserveMs) {

    public static RoundClock of(Instant startedAt, Instant now, int graceMs, int storedReserveMs) {
        long elapsed = startedAt == null ? 0 : Math.max(0, Duration.between(startedAt, now).toMillis());
        return new RoundClock(elapsed, graceMs, storedReserveMs);
    }

    /** docs/rules.md §5.5: what this round has taken from the reserve so far. */
    public long reserveUsedMs() {
        return Math.max(0, elapsedMs - graceMs);
    }

    public long graceRemainingMs() {
        return Math.max(0, graceMs - elapsedMs);
    }

    /** The team's reserve once this round's use is taken off, never below 0. */
    public int reserveRemainingMs() {
        return (int) Math.max(0, storedReserveMs - reserveUsedMs());
    }

    /** docs/rules.md §5.5: the round times out once elapsed reaches grace plus the stored reserve. */
    public boolean isTimedOut() {
        return elapsedMs >= (long) graceMs + storedReserveMs;
    }
}
