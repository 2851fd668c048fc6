package gg.pickban.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * What the container itself answers, in the contract's {@code {"detail": ...}} shape instead of its
 * HTML pages: any path no servlet or JAX-RS resource claims (this is the default servlet, so every
 * method there — PATCH, PROPFIND… — is a plain 404), and, as the error page of WEB-INF/web.xml, every
 * status a servlet or filter sent with {@code sendError} or an exception one let escape (the
 * container has logged that one).
 */
@WebServlet(urlPatterns = "/")
public class ContainerErrors extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        if (status < 400) {
            status = 500;
        }
        ErrorBody.write(response, status, detail(status, request.getMethod()));
    }

    static String detail(int status, String method) {
        return switch (status) {
            case 404 -> "Not found.";
            case 405 -> "Method \"" + method + "\" not allowed.";
            case 413 -> "Request body too large.";
            case 500 -> "Internal server error.";
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known != null ? known.getReasonPhrase() + "." : "Error " + status + ".";
            }
        };
    }
}
