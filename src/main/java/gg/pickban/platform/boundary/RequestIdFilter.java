package gg.pickban.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;

/** Echoes the caller's X-Request-ID, or issues one, on every API response (conventions.md §1). */
@Provider
public class RequestIdFilter implements ContainerResponseFilter {

    public static final String HEADER = "X-Request-ID";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, idFor(request.getHeaderString(HEADER)));
    }

    /** The caller's id when it sent one, else a fresh one. */
    public static String idFor(String sent) {
        return sent == null || sent.isBlank() ? UUID.randomUUID().toString() : sent;
    }
}
