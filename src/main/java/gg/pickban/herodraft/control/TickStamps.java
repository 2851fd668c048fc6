package gg.pickban.herodraft.control;

import gg.pickban.cluster.control.SharedValues;
import gg.pickban.platform.control.AfterTransaction;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the ticker whether a draft may have changed since it last read it, without asking the
 * database (docs/rules.md §5.9 "cheap seconds"): {@code herodraft:{id}:stamp} in the shared values holds a random token that every
 * writer of the draft replaces twice — when it locks the draft and once its transaction has ended.
 * A ticker reads the token before it reads the draft and keeps what it read while the token stands:
 * a read during a write sees the first new token and the draft as it was, the second token sends it
 * to the database again for the committed state. Tokens are random, so a draft never gets an old
 * token back (a reseed deletes them; a missing token is created afresh by the next reader).
 */
@ApplicationScoped
public class TickStamps {

    static final Duration TTL = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(TickStamps.class.getName());

    @Inject
    SharedValues values;

    @Resource
    TransactionSynchronizationRegistry transactions;

    TickStamps() {
    }

    TickStamps(SharedValues values, TransactionSynchronizationRegistry transactions) {
        this.values = values;
        this.transactions = transactions;
    }

    /**
     * The draft's token now; read it before reading the draft. Unreachable (a Redis outage): a token
     * nobody holds, so the ticker reads the draft every second, as writers cannot replace the token.
     */
    public String current(long draftId) {
        try {
            return stored(draftId);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "tick stamp of hero draft " + draftId + " unreachable", e);
            return token();
        }
    }

    private String stored(long draftId) {
        String key = key(draftId);
        Optional<String> stored = values.get(key);
        if (stored.isPresent()) {
            return stored.get();
        }
        String fresh = token();
        if (values.putIfAbsent(key, fresh, TTL)) {
            return fresh;
        }
        // a writer got there first: its token; or, had that one expired meanwhile, one nobody holds
        return values.get(key).orElseGet(TickStamps::token);
    }

    /** A writer has locked the draft: a new token now, and another one when its transaction ends. */
    public void changing(long draftId) {
        replace(draftId);
        AfterTransaction.once(transactions, key(draftId), status -> replace(draftId));
    }

    private void replace(long draftId) {
        try {
            values.put(key(draftId), token(), TTL);
        } catch (RuntimeException e) {
            // the ticker then reads the draft again when its view is MAX_AGE old
            LOG.log(Level.WARNING, "tick stamp of hero draft " + draftId + " not replaced", e);
        }
    }

    static String key(long draftId) {
        return "herodraft:" + draftId + ":stamp";
    }

    private static String token() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
