package gg.pickban.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /api/tests/…} exists only when {@code pickban.test-endpoints.enabled} is on and the client
 * is in {@code pickban.test-endpoints.allowed-networks}; otherwise it is an unknown path (D50).
 */
@Provider
@PreMatching
@ApplicationScoped
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
    HttpServletRequest servletRequest;

    void warnAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (enabled) {
            LOG.warning("*** TEST ENDPOINTS ENABLED: /api/tests/* lets anyone in " + allowedNetworks
                    + " log in as any user. Never enable this in production. ***");
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("tests") || path.startsWith("tests/"))) {
            return;
        }
        if (!enabled || !Networks.parse(allowedNetworks).contains(clientAddress(request))) {
            request.abortWith(ErrorBody.detail(404, "Not found."));
        }
    }

    /** The direct peer, or — when the peer itself is an allowed proxy — the client it forwarded for. */
    private String clientAddress(ContainerRequestContext request) {
        String peer = servletRequest.getRemoteAddr();
        String forwarded = request.getHeaderString("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank() && Networks.parse(allowedNetworks).contains(peer)) {
            return forwarded.split(",")[0].trim();
        }
        return peer;
    }
}
