package gg.pickban.herodraft.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import gg.pickban.cluster.control.LocalValues;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TickStampsTest {

    private final LocalValues values = new LocalValues(Clock.fixed(Instant.parse("2026-11-26T01:00:00Z"), ZoneOffset.UTC));
    private final Transaction transaction = new Transaction();
    private final TickStamps stamps = new TickStamps(values, transaction);

    @Test
    void aDraftKeepsItsStampUntilAWriterLocksIt() {
        String first = stamps.current(7);
        assertEquals(first, stamps.current(7));
        assertNotEquals(first, stamps.current(8), "every draft has its own");
        stamps.changing(7);
        assertNotEquals(first, stamps.current(7));
    }

    @Test
    void aViewReadDuringAWriteIsNotCurrentOnceTheWriteCommitted() {
        String before = stamps.current(7);
        transaction.active = true;
        stamps.changing(7);
        stamps.changing(7);
        assertEquals(1, transaction.synchronizations.size(), "one more token per draft and transaction");
        String duringTheWrite = stamps.current(7);
        assertNotEquals(before, duringTheWrite, "a ticker reading now reads the draft again");
        transaction.end(Status.STATUS_COMMITTED);
        assertNotEquals(duringTheWrite, stamps.current(7), "what it read during the write is read again after the commit");
    }

    @Test
    void aDeletedStampIsCreatedAfreshAndNeverMatchesAnOldOne() {
        String old = stamps.current(7);
        values.deleteAll("herodraft:");
        String fresh = stamps.current(7);
        assertNotEquals(old, fresh);
        assertEquals(fresh, stamps.current(7));
    }

    /** The part of the container's registry a transaction-bound bean uses. */
    private static final class Transaction implements TransactionSynchronizationRegistry {

        boolean active;
        final List<Synchronization> synchronizations = new ArrayList<>();
        final Map<Object, Object> resources = new HashMap<>();

        void end(int status) {
            active = false;
            synchronizations.forEach(s -> s.afterCompletion(status));
            synchronizations.clear();
            resources.clear();
        }

        @Override
        public Object getTransactionKey() {
            return active ? this : null;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return active ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
