package gg.pickban.cluster.control;

import gg.pickban.platform.control.ContainerThreads;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Chooses the group bus: Redis pub/sub when configured, this JVM otherwise. Deliveries run on container
 * threads (the Redis subscriber's, {@link ContainerThreads#workers()}), with Redis channels prefixed by the database number.
 */
@ApplicationScoped
public class GroupBuses {

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ContainerThreads pools;

    @Produces
    @ApplicationScoped
    GroupBus bus(RedisConnection redis) {
        return redis.client().<GroupBus>map(client -> new RedisGroupBus(client, redis::dedicated,
                RedisGroupBus.channelPrefix(redis.database()), threads)).orElseGet(() -> new LocalGroupBus(pools.workers()));
    }

    void close(@Disposes GroupBus bus) {
        if (bus instanceof RedisGroupBus redisBus) {
            redisBus.close();
        }
    }
}
