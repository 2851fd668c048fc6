package gg.pickban.cluster.control;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** {@link ClusterLock} shared by all instances: {@code SET NX PX} with a token, compare-and-act scripts. */
public class RedisLock implements ClusterLock {

    private static final String REASSERT = """
            local holder = redis.call('get', KEYS[1])
            if holder == ARGV[1] then
              return redis.call('pexpire', KEYS[1], ARGV[2])
            end
            if not holder then
              redis.call('set', KEYS[1], ARGV[1], 'px', ARGV[2])
              return 1
            end
            return 0""";
    private static final String RELEASE = """
            if redis.call('get', KEYS[1]) == ARGV[1] then
              return redis.call('del', KEYS[1])
            end
            return 0""";

    private final UnifiedJedis redis;

    public RedisLock(UnifiedJedis redis) {
        this.redis = redis;
    }

    @Override
    public Optional<String> tryAcquire(String name, Duration ttl) {
        String token = UUID.randomUUID().toString();
        String reply = redis.set(name, token, SetParams.setParams().nx().px(ttl.toMillis()));
        return "OK".equals(reply) ? Optional.of(token) : Optional.empty();
    }

    @Override
    public boolean reassert(String name, String token, Duration ttl) {
        Object reply = redis.eval(REASSERT, List.of(name), List.of(token, Long.toString(ttl.toMillis())));
        return Long.valueOf(1).equals(reply);
    }

    @Override
    public void release(String name, String token) {
        redis.eval(RELEASE, List.of(name), List.of(token));
    }
}
