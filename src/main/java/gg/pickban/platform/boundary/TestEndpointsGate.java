package gg.pickban.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With the test endpoints on, a request Jersey routed to a {@link TestEndpoint} resource goes on only
 * when the client is in {@code pickban.test-endpoints.allowed-networks}; anyone else gets the
 * unknown-path 404. Bound by name to the matched resource, so the check cannot be walked around by
 * spelling the path differently. (With the flag off those resources are not deployed: {@link TestRoutes}.)
 */
@Provider
@TestEndpoint
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class TestEndpointsGate implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(TestEndpointsGate.class.getName());

    @Inject
    @ConfigProperty(name = "pickban.test-endpoints.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "pickban.test-endpoints.allowed-networks",
            defaultValue = "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16")
    List<String> allowedNetworks;

    @Inject
    TrustedProxies proxies;

    @Inject
    HttpServletRequest servletRequest;

    void warnAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (enabled) {
            LOG.warning("*** TEST ENDPOINTS ENABLED: /api/tests/* lets anyone in " + allowedNetworks
                    + " log in as any user. Never enable this in production. ***");
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!enabled || !Networks.parse(allowedNetworks).contains(proxies.clientAddress(servletRequest))) {
            request.abortWith(ErrorBody.detail(404, "Not found."));
        }
    }
}
