package gg.pickban.platform.boundary;

import gg.pickban.platform.control.Jsonp;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The contract's error bodies (docs/api.md §3), built in one place. */
public final class ErrorBody {

    private ErrorBody() {
    }

    public static Response detail(int status, String message) {
        return json(status, Map.of("detail", message));
    }

    public static Response error(int status, String message) {
        return json(status, Map.of("error", message));
    }

    public static Response fields(Map<String, ?> fieldErrors) {
        return json(400, fieldErrors);
    }

    public static Response nonField(String message) {
        return json(400, Map.of("non_field_errors", List.of(message)));
    }

    public static Response unsupportedMediaType(String contentType) {
        return detail(415, "Unsupported media type \"" + contentType + "\" in request.");
    }

    public static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** {@code {"detail": ...}} written by a servlet or filter, outside JAX-RS. */
    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = Jsonp.createObjectBuilder().add("detail", message).build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
