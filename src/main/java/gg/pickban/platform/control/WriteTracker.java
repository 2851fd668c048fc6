package gg.pickban.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Logger;

/**
 * Default entity listener of every entity (META-INF/orm.xml): the first write of a transaction
 * arranges for {@link DataWritten} to be fired once the transaction has committed, before the
 * request that caused it answers; the cluster's data generation advances on it. Bulk JPQL and
 * native writes call {@link #written()} themselves (a bean for that reason).
 */
@Dependent
public class WriteTracker {

    private static final Object KEY = WriteTracker.class;
    private static final Logger LOG = Logger.getLogger(WriteTracker.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<DataWritten> writes;

    @PostPersist
    @PostUpdate
    @PostRemove
    void entityWritten(Object entity) {
        written();
    }

    /** Marks the current transaction as a write; without a transaction the generation advances at once. */
    public void written() {
        boolean booked = AfterTransaction.once(transactions, KEY, status -> {
            if (status == Status.STATUS_COMMITTED) {
                advance();
            }
        });
        if (!booked) {
            advance();
        }
    }

    /** Redis unreachable: the generation owes the advance and pays it when Redis answers again. */
    private void advance() {
        try {
            writes.fire(new DataWritten());
        } catch (RuntimeException e) {
            LOG.fine(() -> "data generation not advanced now, owed: " + e);
        }
    }
}
