package gg.pickban.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Echoes the caller's X-Request-ID, or issues one, on every API response (docs/api.md §1). */
@Provider
public class RequestIdFilter implements ContainerResponseFilter {

    public static final String HEADER = "X-Request-ID";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, idFor(request.getHeaderString(HEADER)));
    }

    /**
     * The caller's id when it sent one, else a fresh random (version 4) UUID. An id only has to be
     * unique, not unguessable: drawn from the thread's own generator rather than the shared
     * SecureRandom that {@code UUID.randomUUID()} serialises every request on.
     */
    public static String idFor(String sent) {
        if (sent != null && !sent.isBlank()) {
            return sent;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
