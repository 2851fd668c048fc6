package gg.pickban.cluster.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
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

    private final Optional<URI> uri;
    private final Optional<UnifiedJedis> client;

    @Inject
    public RedisConnection(@ConfigProperty(name = "pickban.redis.url") Optional<String> url) {
        this.uri = url.filter(u -> !u.isBlank()).map(u -> URI.create(u.trim()));
        this.client = uri.map(RedisConnection::connect);
    }

    RedisConnection() {
        this.uri = Optional.empty();
        this.client = Optional.empty();
    }

    static UnifiedJedis connect(URI uri) {
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(POOL_SIZE);
        pool.setMaxIdle(POOL_SIZE);
        pool.setMinIdle(2);
        // after Redis restarts, every idle connection is dead and would fail once when next used: check them every second
        pool.setTestWhileIdle(true);
        pool.setTimeBetweenEvictionRuns(Duration.ofSeconds(1));
        pool.setNumTestsPerEvictionRun(-1);
        return RedisClient.builder().hostAndPort(hostAndPort(uri)).clientConfig(config(uri)).poolConfig(pool).build();
    }

    private static JedisClientConfig config(URI uri) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(TIMEOUT_MILLIS)
                .socketTimeoutMillis(TIMEOUT_MILLIS)
                .database(JedisURIHelper.getDBIndex(uri))
                .clientName("pickban");
        if (JedisURIHelper.getPassword(uri) != null) {
            config.user(JedisURIHelper.getUser(uri)).password(JedisURIHelper.getPassword(uri));
        }
        return config.build();
    }

    private static HostAndPort hostAndPort(URI uri) {
        return new HostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort());
    }

    public Optional<UnifiedJedis> client() {
        return client;
    }

    /**
     * A connection of its own, outside the pool, for a subscriber that blocks on it for good; the
     * caller closes it. Only when Redis is configured.
     */
    public Jedis dedicated() {
        URI target = uri.orElseThrow(() -> new IllegalStateException("pickban.redis.url is not set"));
        return new Jedis(hostAndPort(target), config(target));
    }

    /**
     * The database number of the URL. Pub/sub channels are not scoped by database, so whoever names
     * channels includes it to keep deployments (and test runs) sharing one server apart.
     */
    public int database() {
        return uri.map(JedisURIHelper::getDBIndex).orElse(0);
    }

    @PreDestroy
    void close() {
        client.ifPresent(UnifiedJedis::close);
    }
}
