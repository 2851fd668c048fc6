package gg.pickban.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every request, servlets and JAX-RS alike: a body whose declared length is over
 * {@code pickban.http.max-body-bytes} is refused with 413 before a byte of it is read, and the
 * connection is closed rather than drained (the listener's {@code max-swallowing-input-bytes} in
 * payara-config). A body without a declared length (chunked) is counted while JAX-RS reads it
 * ({@link BoundedEntities}). The listener's own {@code max-post-size-bytes} is no substitute: it
 * answers with an HTML page before the application sees the request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BodyLimit extends HttpFilter {

    public static final String KEY = "pickban.http.max-body-bytes";
    public static final String DEFAULT = "1048576";

    @Inject
    @ConfigProperty(name = KEY, defaultValue = DEFAULT)
    long limit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close");
            ErrorBody.write(response, 413, detail(limit));
            return;
        }
        chain.doFilter(request, response);
    }

    static String detail(long limit) {
        return "Request body too large: the limit is " + limit + " bytes.";
    }

    /** The same refusal from inside JAX-RS, once a body without a declared length went past the limit. */
    static Response tooLarge(long limit) {
        return Response.fromResponse(ErrorBody.detail(413, detail(limit))).header("Connection", "close").build();
    }
}
