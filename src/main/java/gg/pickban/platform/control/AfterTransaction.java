package gg.pickban.platform.control;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.IntConsumer;

/** Work for when the current transaction has ended, booked at most once per transaction and key. */
public final class AfterTransaction {

    private AfterTransaction() {
    }

    /**
     * Books {@code afterCompletion} (given the {@link Status} the transaction ended with) unless the
     * transaction has one under {@code key} already; {@code false} when there is no active transaction.
     */
    public static boolean once(TransactionSynchronizationRegistry transactions, Object key, IntConsumer afterCompletion) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return false;
        }
        if (transactions.getResource(key) == null) {
            transactions.putResource(key, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    afterCompletion.accept(status);
                }
            });
        }
        return true;
    }
}
