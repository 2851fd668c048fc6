package gg.pickban.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.cluster.control.ClusterLock;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.RedisClient;

/**
 * In-container: the scheduled purge runs its body only under the cluster-wide job lock, and the
 * lock the container wires in is the Redis one (the key shows up in the real Redis).
 */
@ExtendWith(ArquillianExtension.class)
class ExpiredSessionPurgeIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("pickban.war", "target/pickban.war")))
                .addClass(ExpiredSessionPurgeIT.class);
    }

    @Inject
    ExpiredSessionPurge purge;

    @Inject
    ClusterLock lock;

    @Test
    void purgesOnlyWhenItHoldsTheJobLockAndOnlyExpiredSessions() throws Exception {
        String lockName = "pickban:job:" + ExpiredSessionPurge.JOB;
        long user = insertUser();
        insertSession("expired" + user, user, Instant.now().minus(Duration.ofMinutes(1)));
        insertSession("live" + user, user, Instant.now().plus(Duration.ofDays(1)));

        String token = lock.tryAcquire(lockName, Duration.ofSeconds(30)).orElseThrow();
        try (RedisClient redis = RedisClient.create(java.net.URI.create(System.getProperty("pickban.redis.url")))) {
            assertEquals(token, redis.get(lockName), "the job lock lives in Redis");
        }
        assertFalse(purge.purgeNow(), "another holder has the lock: this instance skips");
        assertTrue(sessionExists("expired" + user));

        lock.release(lockName, token);
        assertTrue(purge.purgeNow());
        assertFalse(sessionExists("expired" + user));
        assertTrue(sessionExists("live" + user));
    }

    private static Connection connection() throws NamingException, SQLException {
        return InitialContext.<DataSource>doLookup("java:app/jdbc/pickban").getConnection();
    }

    private static long insertUser() throws Exception {
        try (Connection db = connection(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO users (id, username, date_joined) VALUES (nextval('users_seq'), ?, ?) RETURNING id")) {
            insert.setString(1, "purge_" + System.nanoTime());
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            try (ResultSet keys = insert.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertSession(String key, long user, Instant expires) throws Exception {
        try (Connection db = connection(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO login_session (session_key, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setLong(2, user);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.setTimestamp(4, Timestamp.from(expires));
            insert.executeUpdate();
        }
    }

    private static boolean sessionExists(String key) throws Exception {
        try (Connection db = connection();
                PreparedStatement query = db.prepareStatement("SELECT 1 FROM login_session WHERE session_key = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
