package gg.pickban.discord.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.discord.control.DiscordRetry.Kind;
import gg.pickban.discord.control.DiscordRetry.Verdict;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordRetryTest {

    private static final HttpHeaders NONE = headers(Map.of());

    private static HttpHeaders headers(Map<String, String> values) {
        return HttpHeaders.of(values.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> List.of(e.getValue()))), (name, value) -> true);
    }

    @Test
    void aRateLimitWaitsTheFractionalSecondsOfTheBody() {
        Verdict verdict = DiscordRetry.afterAnswer(1, 429, headers(Map.of("Retry-After", "7")),
                "{\"message\": \"You are being rate limited.\", \"retry_after\": 1.337, \"global\": false}");
        assertEquals(Kind.RETRY, verdict.kind());
        assertEquals(Duration.ofMillis(1337), verdict.pause(), "the body's float wins over the rounded header");
        assertFalse(verdict.global());
    }

    @Test
    void withoutABodyTheRetryAfterHeaderCounts() {
        Verdict verdict = DiscordRetry.afterAnswer(1, 429, headers(Map.of("Retry-After", "2")), "");
        assertEquals(Duration.ofSeconds(2), verdict.pause());
    }

    @Test
    void aGlobalLimitIsRecognisedByHeaderOrBody() {
        assertTrue(DiscordRetry.afterAnswer(1, 429, headers(Map.of("X-RateLimit-Global", "true")),
                "{\"retry_after\": 0.5}").global());
        assertTrue(DiscordRetry.afterAnswer(1, 429, NONE, "{\"retry_after\": 0.5, \"global\": true}").global());
    }

    @Test
    void aWaitLongerThanTenSecondsIsAFailureNotASleep() {
        Verdict verdict = DiscordRetry.afterAnswer(1, 429, NONE, "{\"retry_after\": 64.57, \"global\": true}");
        assertEquals(Kind.FAIL, verdict.kind());
        assertEquals("rate limited", verdict.reason());
        assertTrue(verdict.global(), "the global pause is still honoured by the next calls");
        assertEquals(Duration.ofMillis(64570), verdict.pause());
    }

    @Test
    void retriesAreBoundedToThreeAttempts() {
        assertEquals(Kind.RETRY, DiscordRetry.afterAnswer(2, 429, NONE, "{\"retry_after\": 0.1}").kind());
        assertEquals(Kind.FAIL, DiscordRetry.afterAnswer(3, 429, NONE, "{\"retry_after\": 0.1}").kind());
        assertEquals(Kind.RETRY, DiscordRetry.afterAnswer(1, 503, NONE, "").kind());
        Verdict last = DiscordRetry.afterAnswer(3, 503, NONE, "");
        assertEquals(Kind.FAIL, last.kind());
        assertEquals("HTTP 503", last.reason());
        assertEquals(Kind.FAIL, DiscordRetry.afterNetworkError(3, "timed out").kind());
        assertEquals("timed out", DiscordRetry.afterNetworkError(3, "timed out").reason());
    }

    @Test
    void serverErrorsAndNetworkFailuresBackOffOneThenTwoSeconds() {
        assertEquals(Duration.ofSeconds(1), DiscordRetry.afterAnswer(1, 500, NONE, "").pause());
        assertEquals(Duration.ofSeconds(2), DiscordRetry.afterAnswer(2, 502, NONE, "").pause());
        assertEquals(Duration.ofSeconds(1), DiscordRetry.afterNetworkError(1, "timed out").pause());
        assertEquals(Duration.ofSeconds(2), DiscordRetry.afterNetworkError(2, "connection failed").pause());
    }

    @Test
    void otherAnswersAreFinalAtOnce() {
        for (int status : new int[] {200, 204, 400, 401, 403, 404}) {
            assertEquals(Kind.DONE, DiscordRetry.afterAnswer(1, status, NONE, "{}").kind(), "HTTP " + status);
        }
    }

    @Test
    void anExhaustedBucketPausesThatRouteUntilItRefills() {
        assertEquals(Optional.of(Duration.ofMillis(2500)), DiscordRetry.bucketExhausted(
                headers(Map.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset-After", "2.5"))));
        assertEquals(Optional.empty(), DiscordRetry.bucketExhausted(
                headers(Map.of("X-RateLimit-Remaining", "3", "X-RateLimit-Reset-After", "2.5"))));
        assertEquals(Optional.empty(), DiscordRetry.bucketExhausted(NONE));
    }
}
