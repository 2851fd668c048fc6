package gg.pickban.discord.control;

import gg.pickban.cluster.control.SharedValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Discord-owned data kept briefly for every instance to share, within the staleness limits of
 * docs/api.md §5 (members and voice activity 15 s, a user's guilds 5 s). Only successful answers
 * are kept; without a reachable Redis every read goes to Discord — slower, never wrong.
 */
@ApplicationScoped
public class ExternalDataCache {

    private static final Logger LOG = Logger.getLogger(ExternalDataCache.class.getName());

    @Inject
    SharedValues values;

    public String get(String key, Duration ttl, Supplier<String> fetch) {
        String entry = "pickban:discord:cache:" + key;
        Optional<String> cached;
        try {
            cached = values.get(entry);
        } catch (JedisException e) {
            return fetch.get();
        }
        if (cached.isPresent()) {
            return cached.get();
        }
        String fresh = fetch.get();
        try {
            values.put(entry, fresh, ttl);
        } catch (JedisException e) {
            LOG.fine(() -> "not cached: " + e.getClass().getSimpleName());
        }
        return fresh;
    }
}
