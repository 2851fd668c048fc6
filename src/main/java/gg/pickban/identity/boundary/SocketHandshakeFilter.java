package gg.pickban.identity.boundary;

import gg.pickban.identity.control.SessionStore;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The handshake rules shared by every socket (docs/api.md §7, handshake): a missing or foreign Origin is
 * refused with 403 before any socket exists; the {@code sessionid} cookie of the upgrade request
 * becomes the socket's user principal ({@link SessionUser}), no or an invalid session = spectator.
 * Declared filters run before the container's WebSocket filter, which then sees the wrapped request.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class SocketHandshakeFilter extends HttpFilter {

    @Inject
    SessionStore sessions;

    @Inject
    @ConfigProperty(name = "pickban.ws.allowed-origins")
    Optional<String> allowedOrigins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            chain.doFilter(request, response);
            return;
        }
        if (!originAllowed(request)) {
            response.sendError(403);
            return;
        }
        Optional<SessionUser> user = sessionCookie(request).flatMap(sessions::userOf)
                .map(u -> new SessionUser(u.id(), u.username()));
        chain.doFilter(user.<HttpServletRequest>map(u -> new AuthenticatedRequest(request, u)).orElse(request), response);
    }

    private boolean originAllowed(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        if (Arrays.stream(allowedOrigins.orElse("").split(",")).map(String::trim).anyMatch(origin::equals)) {
            return true;
        }
        String host = Optional.ofNullable(request.getHeader("X-Forwarded-Host")).map(h -> h.split(",")[0].trim())
                .orElse(request.getHeader("Host"));
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && originHost != null && originHost.equalsIgnoreCase(stripDefaultPort(host, uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String stripDefaultPort(String host, String scheme) {
        if (("https".equals(scheme) && host.endsWith(":443")) || ("http".equals(scheme) && host.endsWith(":80"))) {
            return host.substring(0, host.lastIndexOf(':'));
        }
        return host;
    }

    private static Optional<String> sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> LoginCookies.SESSION.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {

        private final SessionUser user;

        AuthenticatedRequest(HttpServletRequest request, SessionUser user) {
            super(request);
            this.user = user;
        }

        @Override
        public Principal getUserPrincipal() {
            return user;
        }
    }
}
