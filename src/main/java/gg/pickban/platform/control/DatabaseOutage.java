package gg.pickban.platform.control;

import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure that only says "the database is not there right now" — the pool could not hand
 * out a connection, or a connection broke or was refused — from a real fault, by walking its causes.
 * Such a failure heals by itself once the database is back: callers answer 503 or try again next
 * time, and no stack trace is worth logging for it.
 */
public final class DatabaseOutage {

    /**
     * SQLState class 08 is "connection exception" in every driver; PostgreSQL adds server shutdowns
     * (57P01 admin, 57P02 crash, 57P03 starting up or in recovery) and a full connection table (53300).
     */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {
    }

    public static boolean caused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isOutage(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The innermost message that says why, for a one-line log; never for a client. */
    public static String reason(Throwable failure) {
        String reason = null;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                reason = cause.getClass().getSimpleName() + ": " + cause.getMessage().strip();
            }
        }
        return reason == null ? failure.getClass().getName() : reason;
    }

    private static boolean isOutage(Throwable cause) {
        // the pool's "cannot allocate": no connection could be opened, or none came free in time
        if (cause instanceof ResourceAllocationException) {
            return true;
        }
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || OUTAGE_STATES.contains(state);
        }
        return false;
    }
}
