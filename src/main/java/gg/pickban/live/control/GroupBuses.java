package gg.pickban.live.control;

import gg.pickban.cluster.control.RedisConnection;
import gg.pickban.cluster.control.RedisReturned;
import gg.pickban.cluster.control.RedisTrouble;
import gg.pickban.platform.control.ContainerThreads;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Chooses the group bus: Redis pub/sub when configured, this JVM otherwise. Deliveries run on container
 * threads (the Redis subscriber's, {@link ContainerThreads#workers()}), with Redis channels prefixed by the
 * database number. The Redis bus's trouble goes to {@link RedisTrouble}; its return becomes the event
 * {@link RedisReturned}, fired on a worker so that the subscriber goes on reading meanwhile.
 */
@ApplicationScoped
public class GroupBuses {

    private static final Logger LOG = Logger.getLogger(GroupBuses.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ContainerThreads pools;

    @Inject
    RedisTrouble trouble;

    @Inject
    Event<RedisReturned> returned;

    @Produces
    @ApplicationScoped
    GroupBus bus(RedisConnection redis) {
        return redis.client().<GroupBus>map(client -> new RedisGroupBus(client, redis::dedicated,
                RedisGroupBus.channelPrefix(redis.database()), threads, pools.workers(),
                new RedisGroupBus.Events(trouble::seen, this::returned))).orElseGet(() -> new LocalGroupBus(pools.workers()));
    }

    private void returned() {
        trouble.seen();
        pools.workers().execute(() -> {
            try {
                returned.fire(new RedisReturned());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Resynchronising after Redis returned failed", e);
            }
        });
    }

    void close(@Disposes GroupBus bus) {
        if (bus instanceof RedisGroupBus redisBus) {
            redisBus.close();
        }
    }
}
