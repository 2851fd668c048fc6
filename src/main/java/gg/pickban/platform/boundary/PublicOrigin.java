package gg.pickban.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.UnaryOperator;

/**
 * The scheme and host the browser used, seen through the reverse proxy (docs/api.md §1):
 * X-Forwarded-Proto / X-Forwarded-Host when present, else the request's own.
 */
public final class PublicOrigin {

    private PublicOrigin() {
    }

    public static String of(HttpHeaders headers, UriInfo uri) {
        return of(headers::getHeaderString, uri);
    }

    public static String of(ContainerRequestContext request) {
        return of(request::getHeaderString, request.getUriInfo());
    }

    /** The same for servlets (the OAuth redirect_uri is built outside JAX-RS). */
    public static String of(HttpServletRequest request) {
        String scheme = first(request.getHeader("X-Forwarded-Proto"));
        String host = first(request.getHeader("X-Forwarded-Host"));
        if (host == null) {
            host = first(request.getHeader(HttpHeaders.HOST));
        }
        if (host == null) {
            int port = request.getServerPort();
            host = request.getServerName() + (port == 80 || port == 443 ? "" : ":" + port);
        }
        return (scheme == null ? request.getScheme() : scheme) + "://" + host;
    }

    private static String of(UnaryOperator<String> header, UriInfo uri) {
        String scheme = first(header.apply("X-Forwarded-Proto"));
        String host = first(header.apply("X-Forwarded-Host"));
        if (scheme == null) {
            scheme = uri.getBaseUri().getScheme();
        }
        if (host == null) {
            host = first(header.apply(HttpHeaders.HOST));
        }
        if (host == null) {
            host = uri.getBaseUri().getAuthority();
        }
        return scheme + "://" + host;
    }

    private static String first(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return null;
        }
        return headerValue.split(",")[0].trim();
    }
}
