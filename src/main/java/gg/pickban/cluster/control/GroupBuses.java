package gg.pickban.cluster.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/**
 * Chooses the group bus: Redis pub/sub when configured, this JVM otherwise. The Redis subscriber runs
 * on a container thread, with channels prefixed by the Redis database number.
 */
@ApplicationScoped
public class GroupBuses {

    @Resource
    ManagedThreadFactory threads;

    @Produces
    @ApplicationScoped
    GroupBus bus(RedisConnection redis) {
        return redis.client().<GroupBus>map(client -> new RedisGroupBus(client, redis::dedicated,
                RedisGroupBus.channelPrefix(redis.database()), threads)).orElseGet(LocalGroupBus::new);
    }

    void close(@Disposes GroupBus bus) {
        if (bus instanceof RedisGroupBus redisBus) {
            redisBus.close();
        }
    }
}
