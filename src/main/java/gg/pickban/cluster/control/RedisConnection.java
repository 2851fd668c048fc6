package gg.pickban.cluster.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * The pooled Redis client when {@code pickban.redis.url} is set; absent means a single instance
 * that keeps its locks, counters and fan-out in memory.
 */
@ApplicationScoped
public class RedisConnection {

    private static final int TIMEOUT_MILLIS = 2000;
    /** Every request thread may read the cache generation at once; Jedis' default of 8 made them queue. */
    private static final int POOL_SIZE = 64;

    private final Optional<UnifiedJedis> client;

    @Inject
    public RedisConnection(@ConfigProperty(name = "pickban.redis.url") Optional<String> url) {
        this.client = url.filter(u -> !u.isBlank()).map(u -> connect(URI.create(u.trim())));
    }

    RedisConnection() {
        this.client = Optional.empty();
    }

    static UnifiedJedis connect(URI uri) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(TIMEOUT_MILLIS)
                .socketTimeoutMillis(TIMEOUT_MILLIS)
                .database(JedisURIHelper.getDBIndex(uri))
                .clientName("pickban");
        if (JedisURIHelper.getPassword(uri) != null) {
            config.user(JedisURIHelper.getUser(uri)).password(JedisURIHelper.getPassword(uri));
        }
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(POOL_SIZE);
        pool.setMaxIdle(POOL_SIZE);
        pool.setMinIdle(2);
        return RedisClient.builder()
                .hostAndPort(new HostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()))
                .clientConfig(config.build())
                .poolConfig(pool)
                .build();
    }

    public Optional<UnifiedJedis> client() {
        return client;
    }

    @PreDestroy
    void close() {
        client.ifPresent(UnifiedJedis::close);
    }
}
