package gg.pickban.platform.control;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends from the current thread while a tally is open. Test
 * support only: registered on the session just when the test endpoints are enabled.
 */
public class SqlStatementTally extends SessionEventAdapter {

    private static final ThreadLocal<int[]> OPEN = new ThreadLocal<>();

    public static void open() {
        OPEN.set(new int[1]);
    }

    /** The statements since {@link #open()}, or -1 when no tally was open. */
    public static int close() {
        int[] count = OPEN.get();
        OPEN.remove();
        return count == null ? -1 : count[0];
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        int[] count = OPEN.get();
        if (count != null) {
            count[0]++;
        }
    }
}
