package gg.pickban.platform.boundary;

import gg.pickban.platform.control.SqlStatementTally;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.persistence.sessions.Session;

/**
 * With {@code pickban.test-endpoints.enabled} on, every API response carries
 * {@code X-SQL-Statements}: how many SQL statements the request sent, so tests can hold reads to a
 * bound that does not grow with the data (no N+1). Off (the default), nothing is registered.
 */
@Provider
@ApplicationScoped
@Priority(1)
public class SqlStatementHeader implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-SQL-Statements";

    @Inject
    @ConfigProperty(name = "pickban.test-endpoints.enabled", defaultValue = "false")
    boolean enabled;

    @PersistenceUnit
    EntityManagerFactory emf;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (enabled) {
            emf.unwrap(Session.class).getEventManager().addListener(new SqlStatementTally());
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (enabled) {
            SqlStatementTally.open();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (enabled) {
            response.getHeaders().putSingle(HEADER, SqlStatementTally.close());
        }
    }
}
