package gg.pickban.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * The scheme and host the browser used, seen through the reverse proxy (conventions.md §1):
 * X-Forwarded-Proto / X-Forwarded-Host when present, else the request's own.
 */
public final class PublicOrigin {

    private PublicOrigin() {
    }

    public static String of(HttpHeaders headers, UriInfo uri) {
        String scheme = first(headers.getHeaderString("X-Forwarded-Proto"));
        String host = first(headers.getHeaderString("X-Forwarded-Host"));
        if (scheme == null) {
            scheme = uri.getBaseUri().getScheme();
        }
        if (host == null) {
            host = first(headers.getHeaderString(HttpHeaders.HOST));
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
