package gg.pickban.discord.control;

import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/**
 * What to do after one attempt at a Discord call. Bounded: at most {@value #ATTEMPTS} attempts; a
 * 429 waits the {@code retry_after} Discord asks for (seconds, fractional, from the body; the
 * {@code Retry-After} header otherwise) unless that exceeds {@link #MAX_WAIT}; 5xx and network
 * failures back off 1 s, then 2 s; any other answer is final.
 */
public final class DiscordRetry {

    public static final int ATTEMPTS = 3;
    public static final Duration MAX_WAIT = Duration.ofSeconds(10);

    /** DONE: use the answer. RETRY: wait, then try again. FAIL: give up with a reason. */
    public enum Kind { DONE, RETRY, FAIL }

    /** {@code global}: the pause applies to every call of this bot, not just this one. */
    public record Verdict(Kind kind, Duration pause, boolean global, String reason) {

        static Verdict done() {
            return new Verdict(Kind.DONE, Duration.ZERO, false, null);
        }

        static Verdict retry(Duration wait, boolean global) {
            return new Verdict(Kind.RETRY, wait, global, null);
        }

        static Verdict fail(String reason, Duration wait, boolean global) {
            return new Verdict(Kind.FAIL, wait, global, reason);
        }
    }

    private DiscordRetry() {
    }

    public static Verdict afterAnswer(int attempt, int status, HttpHeaders headers, String body) {
        if (status == 429) {
            Duration wait = retryAfter(headers, body);
            boolean global = headers.firstValue("X-RateLimit-Global").map("true"::equalsIgnoreCase).orElse(false)
                    || json(body).map(o -> o.getBoolean("global", false)).orElse(false);
            if (wait.compareTo(MAX_WAIT) > 0 || attempt >= ATTEMPTS) {
                return Verdict.fail("rate limited", wait, global);
            }
            return Verdict.retry(wait, global);
        }
        if (status >= 500) {
            return attempt >= ATTEMPTS ? Verdict.fail("HTTP " + status, Duration.ZERO, false)
                    : Verdict.retry(backoff(attempt), false);
        }
        return Verdict.done();
    }

    public static Verdict afterNetworkError(int attempt, String reason) {
        return attempt >= ATTEMPTS ? Verdict.fail(reason, Duration.ZERO, false) : Verdict.retry(backoff(attempt), false);
    }

    /**
     * The bucket of this route is used up ({@code X-RateLimit-Remaining: 0}): how long until it
     * refills ({@code X-RateLimit-Reset-After}, seconds).
     */
    public static Optional<Duration> bucketExhausted(HttpHeaders headers) {
        if (!headers.firstValue("X-RateLimit-Remaining").map("0"::equals).orElse(false)) {
            return Optional.empty();
        }
        return headers.firstValue("X-RateLimit-Reset-After").flatMap(DiscordRetry::seconds);
    }

    static Duration backoff(int attempt) {
        return Duration.ofSeconds(1L << (attempt - 1));
    }

    private static Duration retryAfter(HttpHeaders headers, String body) {
        return json(body).map(o -> o.get("retry_after")).filter(v -> v instanceof JsonNumber)
                .map(v -> millis(((JsonNumber) v).doubleValue()))
                .or(() -> headers.firstValue("Retry-After").flatMap(DiscordRetry::seconds))
                .orElse(Duration.ofSeconds(1));
    }

    private static Optional<Duration> seconds(String text) {
        try {
            return Optional.of(millis(Double.parseDouble(text.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration millis(double seconds) {
        return Duration.ofMillis((long) Math.ceil(Math.max(0, seconds) * 1000));
    }

    private static Optional<JsonObject> json(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
