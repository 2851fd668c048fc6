package gg.pickban.platform.boundary;

import gg.pickban.platform.control.FieldErrors;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Field validation failures as 400 with the {@code {"field": ["message", ...]}} body (docs/api.md §3). */
@Provider
public class FieldErrorsMapper implements ExceptionMapper<FieldErrors> {

    @Override
    public Response toResponse(FieldErrors exception) {
        return ErrorBody.fields(exception.errors());
    }
}
