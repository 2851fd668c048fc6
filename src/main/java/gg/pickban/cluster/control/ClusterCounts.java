package gg.pickban.cluster.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Chooses where connection counts live: Redis when configured (this instance's contribution
 * republished every 2 s, well inside the 10 s after which a silent instance stops counting), this JVM otherwise.
 * The republish runs on the default managed scheduled executor, which the pre-boot commands run without
 * the application's context (for Tyrus's per-send tasks, see README): it makes plain Jedis calls only.
 * When Redis returns after trouble (perhaps restarted empty) the counts are republished at once.
 */
@ApplicationScoped
public class ClusterCounts {

    private static final long REPUBLISH_SECONDS = 2;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> republishing;
    private RedisConnectionCounts redisCounts;

    @Produces
    @ApplicationScoped
    ConnectionCounts counts(RedisConnection redis) {
        return redis.client().<ConnectionCounts>map(client -> {
            RedisConnectionCounts counts = new RedisConnectionCounts(client);
            redisCounts = counts;
            counts.republish();
            republishing = scheduler.scheduleWithFixedDelay(counts::republish, REPUBLISH_SECONDS, REPUBLISH_SECONDS, TimeUnit.SECONDS);
            return counts;
        }).orElseGet(LocalConnectionCounts::new);
    }

    void republish(@Observes RedisReturned returned) {
        if (redisCounts != null) {
            redisCounts.republish();
        }
    }

    void close(@Disposes ConnectionCounts counts) {
        if (republishing != null) {
            republishing.cancel(false);
        }
        if (counts instanceof RedisConnectionCounts redisCounts) {
            redisCounts.retire();
        }
    }
}
