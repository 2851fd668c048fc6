package gg.pickban.platform.control;

import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * What persistence.xml cannot say about the EclipseLink session: Instant columns as TIMESTAMP
 * ({@link InstantColumnTypes}), no retries of a query that lost its connection, and the data source
 * {@link DatabaseChoice} picks when it is not the pool persistence.xml names (a JDBC resource of the
 * server, or none at all). EclipseLink retries a query that lost its connection (outside a
 * transaction) three times, the second and third after 5 s each: with the database gone every request
 * hung 10 s before it failed. The pool checks each connection before handing it out, so a retry would
 * rarely find the database back; it would only make a request wait longer for its 503.
 */
public class SessionSettings implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        new InstantColumnTypes().customize(session);
        DatabaseLogin login = session.getLogin();
        login.setQueryRetryAttemptCount(0);
        login.setDelayBetweenConnectionAttempts(0);
        DatabaseChoice choice = DatabaseChoice.from(ConfigProvider.getConfig());
        if (choice.source() == DatabaseChoice.Source.NONE) {
            // the container has EclipseLink log in while deploying: it does so on an empty in-memory H2, then loses it
            session.getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void postLogin(SessionEvent event) {
                    choice.replacement().ifPresent(dataSource -> use(event.getSession(), dataSource));
                }
            });
        } else {
            choice.replacement().ifPresent(dataSource -> use(session, dataSource));
        }
    }

    /** Writes (in the container's transactions) and reads outside a transaction alike. */
    private static void use(Session session, DataSource dataSource) {
        session.getLogin().setConnector(new JNDIConnector(dataSource));
        if (session instanceof ServerSession server && server.getReadConnectionPool() != null
                && server.getReadConnectionPool().getLogin() instanceof DatasourceLogin read) {
            read.setConnector(new JNDIConnector(dataSource));
        }
    }
}
