package gg.pickban.steam.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Steam call retries (docs/decisions.md D36): 3 attempts, waits of 1 s then 2 s, Retry-After up to 10 s, other failures at once. */
class CallRetryTest {

    private final List<Duration> waits = new ArrayList<>();
    private final CallRetry retry = new CallRetry(waits::add);
    private int calls;

    private SteamReply run(SteamReply... replies) {
        Deque<SteamReply> queue = new ArrayDeque<>(List.of(replies));
        return retry.run(() -> {
            calls++;
            return queue.size() > 1 ? queue.poll() : queue.peek();
        });
    }

    private static SteamReply ok() {
        return new SteamReply.Answered(JsonValue.EMPTY_JSON_OBJECT);
    }

    private static SteamReply transientFailure() {
        return new SteamReply.Transient("HTTP 500", null);
    }

    @Test
    void succeedsAtOnceWithOneCall() {
        assertInstanceOf(SteamReply.Answered.class, run(ok()));
        assertEquals(1, calls);
        assertEquals(List.of(), waits);
    }

    @Test
    void failsTwiceThenSucceedsWithThreeCalls() {
        assertInstanceOf(SteamReply.Answered.class, run(transientFailure(), transientFailure(), ok()));
        assertEquals(3, calls);
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
    }

    @Test
    void alwaysFailingGivesUpAfterThreeCalls() {
        assertInstanceOf(SteamReply.Transient.class, run(transientFailure()));
        assertEquals(3, calls);
    }

    @Test
    void refusalsAreNotRetried() {
        assertInstanceOf(SteamReply.Refused.class, run(new SteamReply.Refused("HTTP 403"), ok()));
        assertEquals(1, calls);
    }

    @Test
    void retryAfterIsHonouredUpToTenSeconds() {
        run(new SteamReply.Transient("HTTP 429", Duration.ofSeconds(4)), new SteamReply.Transient("HTTP 429", Duration.ofSeconds(60)), ok());
        assertEquals(List.of(Duration.ofSeconds(4), Duration.ofSeconds(10)), waits);
        assertEquals(Duration.ofSeconds(2), CallRetry.wait(Duration.ofSeconds(2), Duration.ZERO), "never shorter than the backoff");
    }
}
