package gg.pickban.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The contract's error bodies (conventions.md §5), built in one place. */
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
}
