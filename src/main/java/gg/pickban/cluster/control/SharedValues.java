package gg.pickban.cluster.control;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived strings every instance can read, such as the OAuth state between the two halves of a
 * login that may land on different instances. Entries vanish by themselves after their TTL.
 */
public interface SharedValues {

    /** Stores (or replaces) the value; it is gone after {@code ttl}. */
    void put(String key, String value, Duration ttl);

    /**
     * Stores the value only if the key holds none, atomically across instances: whoever gets
     * {@code true} has claimed the key until it expires.
     */
    boolean putIfAbsent(String key, String value, Duration ttl);

    Optional<String> get(String key);

    void delete(String key);

    /** Stores (or replaces) the value and hands back the one it replaced, atomically. */
    Optional<String> getAndPut(String key, String value, Duration ttl);

    /** Extends the expiry only while the key still holds {@code expected}. */
    boolean expireIfEquals(String key, String expected, Duration ttl);

    /** Deletes the key only while it still holds {@code expected}; tells whether it did. */
    boolean deleteIfEquals(String key, String expected);

    /** Deletes every key that starts with {@code prefix} (a reseed dropping transient state). */
    void deleteAll(String prefix);
}
