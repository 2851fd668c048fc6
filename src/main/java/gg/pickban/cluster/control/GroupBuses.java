package gg.pickban.cluster.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/**
 * Chooses the group bus: Redis pub/sub when configured, this JVM otherwise. Deliveries run on container
 * threads (the Redis subscriber's, the managed executor), with Redis channels prefixed by the database number.
 */
@ApplicationScoped
public class GroupBuses {

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedExecutorService executor;

    @Produces
    @ApplicationScoped
    GroupBus bus(RedisConnection redis) {
        return redis.client().<GroupBus>map(client -> new RedisGroupBus(client, redis::dedicated,
                RedisGroupBus.channelPrefix(redis.database()), threads)).orElseGet(() -> new LocalGroupBus(executor));
    }

    void close(@Disposes GroupBus bus) {
        if (bus instanceof RedisGroupBus redisBus) {
            redisBus.close();
        }
    }
}
