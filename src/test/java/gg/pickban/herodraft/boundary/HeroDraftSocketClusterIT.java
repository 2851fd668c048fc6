package gg.pickban.herodraft.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.herodraft.Frames;
import gg.pickban.herodraft.HeroDraftRows;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.PrivateRedis;
import gg.pickban.testsupport.PrivateRedisApps;
import gg.pickban.testsupport.SecondInstance;
import gg.pickban.testsupport.SocketClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.RedisClient;

/**
 * One ticker per draft across instances, and what happens when things die (docs/rules.md §5.9,
 * docs/decisions.md D28): two instances on a Redis of the tests' own (so it can be restarted without disturbing other
 * test runs; {@link PrivateRedisApps}), plus a third instance that one test kills.
 */
@ExtendWith(PrivateRedisApps.class)
class HeroDraftSocketClusterIT {

    private static PrivateRedis redis;
    private static AppProcess a;
    private static AppProcess b;

    @BeforeAll
    static void boot(PrivateRedis privateRedis, AppProcess first, @SecondInstance AppProcess second) {
        redis = privateRedis;
        a = first;
        b = second;
    }


    private static SocketClient watch(AppProcess app, HeroDraftRows draft) throws InterruptedException {
        SocketClient socket = SocketClient.connect(app, draft.path(), app.uri("").toString());
        assertEquals("initial_state", Frames.parse(socket.nextMessage(Duration.ofSeconds(20))).getString("type"));
        return socket;
    }

    private static List<Long> tickTimes(SocketClient socket, Duration window) throws InterruptedException {
        return Frames.collect(socket, window).stream().filter(r -> Frames.isTick(r.message())).map(Frames.Received::atMillis).toList();
    }

    /** About one tick per second and never two for the same second. */
    private static void assertOneTickPerSecond(List<Long> ticks, int seconds, String who) {
        assertTrue(ticks.size() >= seconds - 1 && ticks.size() <= seconds + 1, who + " ticks " + ticks);
        for (int i = 1; i < ticks.size(); i++) {
            assertTrue(ticks.get(i) - ticks.get(i - 1) > 500, who + " got a duplicate tick: " + ticks);
        }
    }

    @Test
    void watchersOnTwoInstancesGetOneTickPerSecond() throws InterruptedException {
        HeroDraftRows draft = HeroDraftRows.drafting(Instant.now());
        try (SocketClient onA = watch(a, draft); SocketClient onB = watch(b, draft)) {
            Frames.await(onA, Frames::isTick, Duration.ofSeconds(5));
            Frames.await(onB, Frames::isTick, Duration.ofSeconds(5));
            CompletableFuture<List<Long>> ticksOnA = CompletableFuture.supplyAsync(() -> unchecked(() -> tickTimes(onA, Duration.ofSeconds(6))));
            List<Long> ticksOnB = tickTimes(onB, Duration.ofSeconds(6));
            assertOneTickPerSecond(ticksOnA.join(), 6, "A");
            assertOneTickPerSecond(ticksOnB, 6, "B");
            try (RedisClient client = RedisClient.create(URI.create(redis.url()))) {
                assertEquals("2", client.get("herodraft:connections:" + draft.draftId()));
                assertNotNull(client.get("herodraft:tick_lock:" + draft.draftId()));
            }
        }
    }

    @Test
    void whenTheOwnerDiesAnotherInstanceTicksWithinElevenSeconds() throws InterruptedException {
        HeroDraftRows draft = HeroDraftRows.drafting(Instant.now());
        try (AppProcess owner = AppProcess.start("hd-cluster-owner", PrivateRedisApps.env(redis))) {
            // the owner's socket starts the ticker there; B's watcher arrives after it has taken the lock
            try (SocketClient onOwner = watch(owner, draft)) {
                assertNotNull(Frames.await(onOwner, Frames::isTick, Duration.ofSeconds(5)));
                try (SocketClient onB = watch(b, draft)) {
                    assertNotNull(Frames.await(onB, Frames::isTick, Duration.ofSeconds(5)));
                    owner.kill();
                    // ticks already on their way when it died arrive within milliseconds; later ones are the new owner's
                    List<Long> after = tickTimes(onB, Duration.ofSeconds(16));
                    long firstNew = after.stream().filter(t -> t > 300).findFirst()
                            .orElseThrow(() -> new AssertionError("no tick within 16 s of the owner's death: " + after));
                    assertTrue(firstNew <= 11_000, "took over after " + firstNew + " ms, ticks " + after);
                    List<Long> steady = after.stream().filter(t -> t >= firstNew).toList();
                    for (int i = 1; i < steady.size(); i++) {
                        assertTrue(steady.get(i) - steady.get(i - 1) > 500, "duplicate ticks " + steady);
                    }
                    try (RedisClient client = RedisClient.create(URI.create(redis.url()))) {
                        assertEquals("1", client.get("herodraft:connections:" + draft.draftId()), "the dead instance no longer counts");
                    }
                }
            }
        }
    }

    @Test
    void afterARedisRestartTickingResumesWithoutDuplicates() throws InterruptedException {
        HeroDraftRows draft = HeroDraftRows.drafting(Instant.now());
        try (SocketClient onA = watch(a, draft); SocketClient onB = watch(b, draft)) {
            assertNotNull(Frames.await(onA, Frames::isTick, Duration.ofSeconds(5)));
            redis.kill();
            Thread.sleep(2000); // the outage under test: Redis stays away for two seconds, not a wait for anything
            redis.boot();
            drain(onA);
            drain(onB);
            assertNotNull(Frames.await(onA, Frames::isTick, Duration.ofSeconds(30)), "A ticks again");
            assertNotNull(Frames.await(onB, Frames::isTick, Duration.ofSeconds(10)), "B ticks again");
            CompletableFuture<List<Long>> ticksOnA = CompletableFuture.supplyAsync(() -> unchecked(() -> tickTimes(onA, Duration.ofSeconds(6))));
            List<Long> ticksOnB = tickTimes(onB, Duration.ofSeconds(6));
            assertOneTickPerSecond(ticksOnA.join(), 6, "A");
            assertOneTickPerSecond(ticksOnB, 6, "B");
        }
    }

    private static void drain(SocketClient socket) throws InterruptedException {
        while (socket.nextMessage(Duration.ofMillis(1)) != null) {
            // ticks from before the restart
        }
    }

    private interface Reading<T> {
        T read() throws InterruptedException;
    }

    private static <T> T unchecked(Reading<T> reading) {
        try {
            return reading.read();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
