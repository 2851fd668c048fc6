package gg.pickban.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import redis.clients.jedis.RedisClient;

/** Rows written straight into the test database, for arranging what an endpoint will read. */
public final class TestData {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static RedisClient redis;

    private TestData() {
    }

    /** A unique name, so tests sharing one database never collide. */
    public static String unique(String prefix) {
        return prefix + "_" + ProcessHandle.current().pid() + "_" + SERIAL.incrementAndGet();
    }

    /**
     * Rows written behind the app's back must move the data generation on, as the app's own writes
     * do, or a cached rendering could still answer without them.
     */
    public static synchronized void written() {
        try {
            redis().incr("pickban:data-generation");
        } catch (RuntimeException e) {
            // a connection the pool still held may have gone stale: once more on a new client
            if (redis != null) {
                redis.close();
                redis = null;
            }
            redis().incr("pickban:data-generation");
        }
    }

    /** One client for the whole run: a new one per call costs a connection and its handshake each time. */
    private static RedisClient redis() {
        if (redis == null) {
            redis = TestServices.redis();
        }
        return redis;
    }

    /** A Steam account id no other test uses. */
    public static long uniqueAccountId() {
        return 1_000_000_000L + (System.nanoTime() / 1000) % 3_000_000_000L + SERIAL.incrementAndGet();
    }

    public static long insertUser(String username, String discordId, String avatar, Long steamid, Integer mmr,
            Instant dateJoined) {
        try (Connection db = TestServices.database();
                PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO users (id, username, discord_id, avatar, steamid, steam_account_id, mmr, date_joined,
                                           pos_carry, pos_mid, pos_offlane, pos_soft_support, pos_hard_support)
                        VALUES (nextval('users_seq'), ?, ?, ?, ?, ?, ?, ?, 1, 2, 3, 4, 5) RETURNING id""")) {
            insert.setString(1, username);
            insert.setString(2, discordId);
            insert.setString(3, avatar);
            insert.setObject(4, steamid);
            insert.setObject(5, steamid == null ? null : steamid - 76561197960265728L);
            insert.setObject(6, mmr);
            insert.setTimestamp(7, Timestamp.from(dateJoined));
            try (ResultSet keys = insert.executeQuery()) {
                keys.next();
                long pk = keys.getLong(1);
                written();
                return pk;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
