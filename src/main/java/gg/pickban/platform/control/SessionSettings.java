package gg.pickban.platform.control;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * What persistence.xml cannot say about the EclipseLink session: Instant columns as TIMESTAMP
 * ({@link InstantColumnTypes}), and no retries of a query that lost its connection. EclipseLink
 * retries such a query (outside a transaction) three times, the second and third after 5 s each:
 * with the database gone every request hung 10 s before it failed. The pool checks each connection
 * before handing it out, so a retry would rarely find the database back; it would only make a
 * request wait longer for its 503.
 */
public class SessionSettings implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        new InstantColumnTypes().customize(session);
        DatabaseLogin login = session.getLogin();
        login.setQueryRetryAttemptCount(0);
        login.setDelayBetweenConnectionAttempts(0);
    }
}
