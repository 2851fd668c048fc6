package gg.pickban.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Chooses where shared values live: Redis when configured, this JVM otherwise. */
@ApplicationScoped
public class ClusterValues {

    @Produces
    @ApplicationScoped
    SharedValues values(RedisConnection redis) {
        return redis.client().<SharedValues>map(RedisValues::new).orElseGet(() -> new LocalValues(Clock.systemUTC()));
    }
}
