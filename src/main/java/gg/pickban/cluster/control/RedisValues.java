package gg.pickban.cluster.control;

import java.time.Duration;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** {@link SharedValues} shared by all instances: plain Redis strings with {@code PX} expiry. */
public class RedisValues implements SharedValues {

    private final UnifiedJedis redis;

    public RedisValues(UnifiedJedis redis) {
        this.redis = redis;
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        redis.set(key, value, SetParams.setParams().px(ttl.toMillis()));
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return "OK".equals(redis.set(key, value, SetParams.setParams().nx().px(ttl.toMillis())));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(redis.get(key));
    }

    @Override
    public void delete(String key) {
        redis.del(key);
    }
}
