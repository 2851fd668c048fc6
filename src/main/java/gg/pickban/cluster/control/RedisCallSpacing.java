package gg.pickban.cluster.control;

import java.time.Duration;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * {@link CallSpacing} shared by all instances: one Redis key per stream holds the next free start
 * (in Redis' own clock, so instance clocks need not agree), advanced atomically by a script.
 */
public class RedisCallSpacing implements CallSpacing {

    private static final String RESERVE = """
            local t = redis.call('time')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local start = math.max(now, tonumber(redis.call('get', KEYS[1]) or '0'))
            local interval = tonumber(ARGV[1])
            redis.call('set', KEYS[1], tostring(start + interval), 'px', interval + 60000)
            return start - now""";

    private final UnifiedJedis redis;

    public RedisCallSpacing(UnifiedJedis redis) {
        this.redis = redis;
    }

    @Override
    public Duration reserve(String stream, Duration interval) {
        Object wait = redis.eval(RESERVE, List.of("pickban:spacing:" + stream), List.of(Long.toString(interval.toMillis())));
        return Duration.ofMillis((Long) wait);
    }
}
