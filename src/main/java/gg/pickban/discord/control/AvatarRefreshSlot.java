package gg.pickban.discord.control;

import gg.pickban.cluster.control.SharedValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The once-per-hour slot of {@code POST /api/avatars/refresh/} (docs/rules.md §8.1, docs/decisions.md D44), shared by all
 * instances: claiming it is atomic, and it frees itself an hour later.
 */
@ApplicationScoped
public class AvatarRefreshSlot {

    static final String KEY = "pickban:discord:avatar-refresh-slot";
    static final Duration PERIOD = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(AvatarRefreshSlot.class.getName());

    @Inject
    SharedValues values;

    @Inject
    Clock clock;

    /** @return whether this request got the slot; with Redis unreachable nobody does (no refresh storm) */
    public boolean claim() {
        try {
            return values.putIfAbsent(KEY, clock.instant().toString(), PERIOD);
        } catch (JedisException e) {
            LOG.warning("Avatar refresh slot not claimable, Redis unreachable: " + e.getClass().getSimpleName());
            return false;
        }
    }
}
