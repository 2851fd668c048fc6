package gg.pickban.admin.boundary;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Redirects as the browser sees the site: a relative {@code Location} as written, never made absolute
 * from the container's own scheme and host, which behind the TLS proxy would name plain http.
 */
class RelativeRedirects extends HttpServletResponseWrapper {

    RelativeRedirects(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendRedirect(String location) {
        if (isCommitted()) {
            throw new IllegalStateException("the response is already committed");
        }
        resetBuffer();
        setStatus(302);
        setHeader("Location", location);
    }
}
