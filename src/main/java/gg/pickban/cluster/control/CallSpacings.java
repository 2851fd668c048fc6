package gg.pickban.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Chooses where call slots are kept: Redis when configured, this JVM otherwise. */
@ApplicationScoped
public class CallSpacings {

    @Produces
    @ApplicationScoped
    CallSpacing spacing(RedisConnection redis) {
        return redis.client().<CallSpacing>map(RedisCallSpacing::new).orElseGet(() -> new LocalCallSpacing(Clock.systemUTC()));
    }
}
