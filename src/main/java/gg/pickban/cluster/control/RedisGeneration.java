package gg.pickban.cluster.control;

import redis.clients.jedis.UnifiedJedis;

/** {@link DataGeneration} in one Redis key, so every instance sees the same value. */
public class RedisGeneration implements DataGeneration {

    static final String KEY = "pickban:data-generation";

    private final UnifiedJedis redis;

    public RedisGeneration(UnifiedJedis redis) {
        this.redis = redis;
    }

    @Override
    public long current() {
        String value = redis.get(KEY);
        return value == null ? 0 : Long.parseLong(value);
    }

    @Override
    public void advance() {
        redis.incr(KEY);
    }
}
