package gg.pickban.identity.boundary;

import gg.pickban.identity.control.SessionStore;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.PublicOrigin;
import gg.pickban.platform.boundary.TestEndpoint;
import gg.pickban.platform.boundary.TrustedOrigins;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Session authentication as the frontend expects it (docs/api.md §4): the {@code sessionid}
 * cookie names the caller; unsafe requests of a logged-in caller must echo the {@code csrftoken}
 * cookie in {@code X-CSRFToken}. Anonymous requests, the test endpoints and Discord's interaction
 * webhook are not CSRF-checked.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class SessionAuthentication implements ContainerRequestFilter {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    Caller caller;

    @Inject
    SessionStore sessions;

    @Context
    ResourceInfo resource;

    @Inject
    TrustedOrigins origins;

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie session = request.getCookies().get(LoginCookies.SESSION);
        if (session != null) {
            sessions.userOf(session.getValue()).ifPresent(user -> caller.authenticate(user, session.getValue()));
        }
        if (caller.isAuthenticated() && UNSAFE.contains(request.getMethod()) && !csrfExempt(resource.getResourceClass())) {
            checkCsrf(request);
        }
    }

    /**
     * Decided on the resource Jersey matched, not on the path text: the test endpoints and Discord's
     * webhook, which proves itself by signature.
     */
    static boolean csrfExempt(Class<?> resourceClass) {
        return resourceClass != null && (resourceClass.isAnnotationPresent(TestEndpoint.class)
                || resourceClass.isAnnotationPresent(CsrfExempt.class));
    }

    private void checkCsrf(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(LoginCookies.CSRF);
        String header = request.getHeaderString("X-CSRFToken");
        if (cookie == null || cookie.getValue().isEmpty()) {
            reject(request, "CSRF cookie not set.");
        } else if (header == null || header.isEmpty()) {
            reject(request, "CSRF token missing.");
        } else if (!MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                header.getBytes(StandardCharsets.UTF_8))) {
            reject(request, "CSRF token incorrect.");
        } else {
            checkOrigin(request);
        }
    }

    private void checkOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (!origins.accepts(origin, PublicOrigin.of(request))) {
            reject(request, "Origin checking failed - " + origin + " does not match any trusted origins.");
        }
    }

    private static void reject(ContainerRequestContext request, String reason) {
        request.abortWith(ErrorBody.detail(403, "CSRF Failed: " + reason));
    }
}
