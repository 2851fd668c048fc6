package gg.pickban.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * A NUL character ({@code %00}) in the query string of an API request is refused with 400 before any
 * resource reads it: PostgreSQL cannot hold 0x00 in text, so a search term carrying one would end in
 * a database error (docs/decisions.md D2). Body text gets the same refusal from its string coercion, paths from the
 * HTTP listener itself.
 */
@Provider
@PreMatching
public class NullCharactersInQuery implements ContainerRequestFilter {

    static final String DETAIL = "Null characters are not allowed.";

    @Override
    public void filter(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query != null && query.contains("%00")) {
            request.abortWith(ErrorBody.detail(400, DETAIL));
        }
    }
}
