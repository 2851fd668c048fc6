package gg.pickban.steam.control;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The retry helper of docs/rules.md §7.2 (docs/decisions.md D36): up to three attempts, waiting 1 s then 2 s between them;
 * only transient failures are retried, and a Retry-After of up to 10 s is waited out in full.
 */
final class CallRetry {

    static final int ATTEMPTS = 3;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(10);

    /** How the helper waits; tests pass one that only records. */
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Pause pause;

    CallRetry(Pause pause) {
        this.pause = pause;
    }

    static CallRetry sleeping() {
        return new CallRetry(duration -> Thread.sleep(duration.toMillis()));
    }

    /** @return the first answer, or the last failure */
    SteamReply run(Supplier<SteamReply> attempt) {
        SteamReply reply = attempt.get();
        Duration backoff = FIRST_WAIT;
        for (int made = 1; made < ATTEMPTS && reply instanceof SteamReply.Transient failure; made++) {
            try {
                pause.sleep(wait(backoff, failure.retryAfter()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return reply;
            }
            backoff = backoff.multipliedBy(2);
            reply = attempt.get();
        }
        return reply;
    }

    static Duration wait(Duration backoff, Duration retryAfter) {
        if (retryAfter == null) {
            return backoff;
        }
        Duration asked = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
        return asked.compareTo(backoff) > 0 ? asked : backoff;
    }
}
