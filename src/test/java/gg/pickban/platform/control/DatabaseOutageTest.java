package gg.pickban.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.io.EOFException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is not there right now", as they arrive: wrapped several times. */
class DatabaseOutageTest {

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("EJB", new PersistenceException("EclipseLink-4002", cause));
    }

    @Test
    void connectionExceptionsOfEveryKindAreOutages() {
        for (String state : new String[] {"08001", "08003", "08006", "57P01", "57P02", "57P03", "53300"}) {
            assertTrue(DatabaseOutage.caused(wrapped(new SQLException("gone", state))), state);
        }
        assertTrue(DatabaseOutage.caused(wrapped(new SQLTransientConnectionException("timed out"))));
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsAnOutage() {
        SQLException pool = new SQLException("Error in allocating a connection. Cause: No available resource. Wait-time expired.",
                (String) null, new ResourceAllocationException("No available resource. Wait-time expired."));
        assertTrue(DatabaseOutage.caused(wrapped(pool)));
    }

    @Test
    void lostRacesAndRealFaultsAreNot() {
        assertFalse(DatabaseOutage.caused(wrapped(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.caused(wrapped(new SQLException("canceling statement due to statement timeout", "57014"))));
        assertFalse(DatabaseOutage.caused(wrapped(new SQLException("syntax error", "42601"))));
        assertFalse(DatabaseOutage.caused(wrapped(new SQLException("no state"))));
        assertFalse(DatabaseOutage.caused(new OptimisticLockException("stale")));
        assertFalse(DatabaseOutage.caused(new IllegalStateException("bug")));
    }

    @Test
    void theReasonIsTheInnermostMessage() {
        SQLException refused = new SQLException("The connection attempt failed.", "08001", new EOFException());
        assertEquals("SQLException: The connection attempt failed.", DatabaseOutage.reason(wrapped(refused)));
        assertEquals("java.lang.IllegalStateException", DatabaseOutage.reason(new IllegalStateException()));
    }
}
