package gg.pickban.cluster.control;

import java.time.Duration;
import java.util.Optional;

/**
 * A named lock with an expiry, held by whoever has the token it handed out. Expiry makes a dead
 * holder harmless; the token makes sure only the holder keeps or releases it.
 */
public interface ClusterLock {

    /** Takes the lock if nobody holds it; the token proves ownership later. */
    Optional<String> tryAcquire(String name, Duration ttl);

    /**
     * Keeps the lock for {@code token}: extends the expiry while the token holds it, and takes it back
     * under the same token while nobody holds it (it expired, or the store lost it in a restart). False
     * only when someone else holds it: then the caller is no longer the holder and must stop acting as one.
     */
    boolean reassert(String name, String token, Duration ttl);

    /** Frees the lock, only while {@code token} still holds it. */
    void release(String name, String token);
}
