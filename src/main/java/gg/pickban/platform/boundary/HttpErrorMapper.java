package gg.pickban.platform.boundary;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors raised by JAX-RS itself (no route, wrong method, wrong media type) or by resources that
 * chose a status, in the contract's {@code {"detail": ...}} shape (docs/api.md §2–3).
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        // a path parameter Jersey cannot convert (an id beyond 64 bits) is a plain 404 too
        if (exception instanceof NotFoundException || original.getStatus() == 404) {
            return ErrorBody.detail(404, "Not found.");
        }
        if (exception instanceof NotAllowedException) {
            return Response.fromResponse(ErrorBody.detail(405, "Method \"" + request.getMethod() + "\" not allowed."))
                    .header("Allow", original.getHeaderString("Allow"))
                    .build();
        }
        if (exception instanceof NotSupportedException) {
            return ErrorBody.unsupportedMediaType(headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
        }
        Response.StatusType status = original.getStatusInfo();
        return ErrorBody.detail(status.getStatusCode(), status.getReasonPhrase() + ".");
    }
}
