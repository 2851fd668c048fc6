package gg.pickban.cluster.control;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.ScanResult;

/** {@link SharedValues} shared by all instances: plain Redis strings with {@code PX} expiry. */
public class RedisValues implements SharedValues {

    private static final String EXPIRE_IF_EQUALS = """
            if redis.call('get', KEYS[1]) == ARGV[1] then
              return redis.call('pexpire', KEYS[1], ARGV[2])
            end
            return 0""";
    private static final String DELETE_IF_EQUALS = """
            if redis.call('get', KEYS[1]) == ARGV[1] then
              return redis.call('del', KEYS[1])
            end
            return 0""";

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

    @Override
    public Optional<String> getAndPut(String key, String value, Duration ttl) {
        return Optional.ofNullable(redis.setGet(key, value, SetParams.setParams().px(ttl.toMillis())));
    }

    @Override
    public boolean expireIfEquals(String key, String expected, Duration ttl) {
        return Long.valueOf(1).equals(redis.eval(EXPIRE_IF_EQUALS, List.of(key), List.of(expected, Long.toString(ttl.toMillis()))));
    }

    @Override
    public boolean deleteIfEquals(String key, String expected) {
        return Long.valueOf(1).equals(redis.eval(DELETE_IF_EQUALS, List.of(key), List.of(expected)));
    }

    /** SCAN, not KEYS: the server keeps answering other clients while the keyspace is walked. */
    @Override
    public void deleteAll(String prefix) {
        ScanParams matching = new ScanParams().match(prefix + "*").count(500);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, matching);
            if (!page.getResult().isEmpty()) {
                redis.del(page.getResult().toArray(String[]::new));
            }
            cursor = page.getCursor();
        } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
    }
}
