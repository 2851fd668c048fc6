package gg.pickban.testsupport;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import redis.clients.jedis.RedisClient;

/**
 * The real PostgreSQL and Redis on loopback, as failsafe describes them. {@link #prepare()} gives the
 * run a fresh database and an empty Redis database once, before anything boots.
 */
public final class TestServices {

    private static Connection held;

    private TestServices() {
    }

    static void prepare() {
        try (Connection admin = DriverManager.getConnection(adminUrl(), user(), "");
                Statement statement = admin.createStatement()) {
            String database = jdbcUrl().substring(jdbcUrl().lastIndexOf('/') + 1);
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the integration tests is not reachable at " + adminUrl(), e);
        }
        try (RedisClient redis = redis()) {
            redis.flushDB();
        }
    }

    static boolean configured() {
        return System.getProperty("it.pg.admin-url") != null;
    }

    /** The database the instances under test use, created afresh for each run. */
    public static String jdbcUrl() {
        return System.getProperty("it.pg.url", "jdbc:postgresql://127.0.0.1:5432/pickban_it");
    }

    public static Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), "");
    }

    /**
     * One connection kept open for the run, for the permission matrices' many small statements (opening a
     * connection costs more than most of them). Used from the test thread only; whoever takes it out of
     * auto-commit puts it back. After a failure, {@link #dropHeld()} so that the next use opens a new one.
     */
    static synchronized Connection held() throws SQLException {
        if (held == null || held.isClosed()) {
            held = database();
        }
        return held;
    }

    /** Closes the held connection (if any); the next {@link #held()} opens a new one. */
    static synchronized void dropHeld() {
        if (held != null) {
            try {
                held.close();
            } catch (SQLException ignored) {
                // it is being thrown away
            }
            held = null;
        }
    }

    public static String redisUrl() {
        return System.getProperty("it.redis.url", "redis://127.0.0.1:6379/7");
    }

    public static RedisClient redis() {
        return RedisClient.create(URI.create(redisUrl()));
    }

    /** The configuration that points an instance at PostgreSQL and Redis, with the test endpoints on. */
    public static Map<String, String> productionEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PICKBAN_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
        env.put("PICKBAN_DB_URL", jdbcUrl());
        env.put("PICKBAN_DB_USER", user());
        env.put("PICKBAN_DB_PASSWORD", "unused-trust-auth");
        env.put("PICKBAN_REDIS_URL", redisUrl());
        env.put("PICKBAN_TEST_ENDPOINTS_ENABLED", "true");
        return env;
    }

    private static String adminUrl() {
        return System.getProperty("it.pg.admin-url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    private static String user() {
        return System.getProperty("it.pg.user", "postgres");
    }
}
