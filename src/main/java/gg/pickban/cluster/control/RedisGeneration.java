package gg.pickban.cluster.control;

import java.util.concurrent.atomic.AtomicBoolean;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * {@link DataGeneration} in one Redis key, so every instance sees the same value. An advance that
 * fails while Redis is unreachable is owed and paid on the next call that reaches Redis, so entries
 * cached before the outage cannot outlive a write made during it.
 */
public class RedisGeneration implements DataGeneration {

    static final String KEY = "pickban:data-generation";

    private final UnifiedJedis redis;
    private final AtomicBoolean owed = new AtomicBoolean();
    /** Every cached read asks: under load one GET answers all requests that arrived before it was sent. */
    private final CoalescedRead<Long> read;

    public RedisGeneration(UnifiedJedis redis) {
        this.redis = redis;
        this.read = new CoalescedRead<>(() -> {
            String value = redis.get(KEY);
            return value == null ? 0L : Long.parseLong(value);
        });
    }

    @Override
    public long current() {
        payOwedAdvance();
        return read.get();
    }

    @Override
    public void advance() {
        try {
            redis.incr(KEY);
        } catch (JedisException e) {
            owed.set(true);
            throw e;
        }
    }

    private void payOwedAdvance() {
        if (owed.compareAndSet(true, false)) {
            advance();
        }
    }
}
