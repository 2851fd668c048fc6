package gg.pickban.cluster.control;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * {@link ConnectionCounts} across instances. Each instance writes its own count into the hash
 * {@code <key>:instances} (field = instance id) and keeps {@code pickban:instance:<id>} alive; the
 * total counts only fields of live instances, drops the others, and is stored under {@code <key>}
 * itself with a 300 s expiry (docs/decisions.md D27). {@link #republish()}, run every few seconds,
 * rewrites this instance's counts, which repairs a lost update or a restarted Redis.
 */
public class RedisConnectionCounts implements ConnectionCounts {

    static final Duration TOTAL_TTL = Duration.ofSeconds(300);
    static final Duration INSTANCE_TTL = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(RedisConnectionCounts.class.getName());
    private static final String LIVE_PREFIX = "pickban:instance:";
    /** ARGV: instance, mode (add|set), amount, total ttl ms, liveness prefix. */
    private static final String SYNC = """
            if ARGV[2] == 'add' then
              if redis.call('hincrby', KEYS[1], ARGV[1], ARGV[3]) <= 0 then redis.call('hdel', KEYS[1], ARGV[1]) end
            elseif ARGV[2] == 'set' then
              if tonumber(ARGV[3]) > 0 then redis.call('hset', KEYS[1], ARGV[1], ARGV[3]) else redis.call('hdel', KEYS[1], ARGV[1]) end
            end
            local total = 0
            local fields = redis.call('hgetall', KEYS[1])
            for i = 1, #fields, 2 do
              if fields[i] == ARGV[1] or redis.call('exists', ARGV[5] .. fields[i]) == 1 then
                total = total + tonumber(fields[i + 1])
              else
                redis.call('hdel', KEYS[1], fields[i])
              end
            end
            if total > 0 then
              redis.call('set', KEYS[2], total, 'px', ARGV[4])
              redis.call('pexpire', KEYS[1], ARGV[4])
            else
              redis.call('del', KEYS[2])
            end
            return total""";

    private final UnifiedJedis redis;
    private final String instance;
    private final ConcurrentMap<String, Integer> mine = new ConcurrentHashMap<>();
    private volatile boolean failing;

    public RedisConnectionCounts(UnifiedJedis redis) {
        this(redis, UUID.randomUUID().toString());
    }

    RedisConnectionCounts(UnifiedJedis redis, String instance) {
        this.redis = redis;
        this.instance = instance;
    }

    @Override
    public int opened(String key) {
        mine.merge(key, 1, Integer::sum);
        return sync(key, "add", 1);
    }

    @Override
    public int closed(String key) {
        mine.computeIfPresent(key, (k, count) -> count > 1 ? count - 1 : null);
        return sync(key, "add", -1);
    }

    /** Rewrites this instance's own count on the way, so a count lost with a restarted Redis is back at once. */
    @Override
    public int total(String key) {
        return sync(key, "set", mine.getOrDefault(key, 0));
    }

    /** Says this instance is alive and rewrites its counts; a failure is logged (once per outage) and the next round repairs it. */
    public void republish() {
        try {
            redis.set(LIVE_PREFIX + instance, "1", SetParams.setParams().px(INSTANCE_TTL.toMillis()));
            for (Map.Entry<String, Integer> count : mine.entrySet()) {
                sync(count.getKey(), "set", count.getValue());
            }
            failing = false;
        } catch (RuntimeException e) {
            LOG.log(failing ? Level.FINE : Level.WARNING, "Could not republish this instance's connection counts", e);
            failing = true;
        }
    }

    /** Marks this instance dead at once (orderly shutdown), so its sockets stop counting now. */
    public void retire() {
        try {
            redis.del(LIVE_PREFIX + instance);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "retiring the instance key", e);
        }
    }

    private int sync(String key, String mode, int amount) {
        Object total = redis.eval(SYNC, List.of(key + ":instances", key), List.of(instance, mode, Integer.toString(amount),
                Long.toString(TOTAL_TTL.toMillis()), LIVE_PREFIX));
        return ((Long) total).intValue();
    }
}
