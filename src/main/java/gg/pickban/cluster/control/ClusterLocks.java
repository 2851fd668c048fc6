package gg.pickban.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Chooses the lock implementation: Redis when configured, this JVM otherwise. */
@ApplicationScoped
public class ClusterLocks {

    @Produces
    @ApplicationScoped
    ClusterLock lock(RedisConnection redis) {
        return redis.client().<ClusterLock>map(RedisLock::new).orElseGet(() -> new LocalLock(Clock.systemUTC()));
    }
}
