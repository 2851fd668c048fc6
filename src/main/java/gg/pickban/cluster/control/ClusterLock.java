package gg.pickban.cluster.control;

import java.time.Duration;
import java.util.Optional;

/**
 * A named lock with an expiry, held by whoever has the token it handed out. Expiry makes a dead
 * holder harmless; the token makes sure only the holder renews or releases it.
 */
public interface ClusterLock {

    /** Takes the lock if nobody holds it; the token proves ownership later. */
    Optional<String> tryAcquire(String name, Duration ttl);

    /** Extends the expiry, only while {@code token} still holds the lock. */
    boolean renew(String name, String token, Duration ttl);

    /** Frees the lock, only while {@code token} still holds it. */
    void release(String name, String token);
}
