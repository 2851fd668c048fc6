package gg.pickban.identity.boundary;

import gg.pickban.identity.control.UserRemovalRefused;
import gg.pickban.platform.boundary.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused user deletion (e.g. docs/decisions.md D8) is the client's mistake: 400 with the reason. */
@Provider
public class UserRemovalRefusedMapper implements ExceptionMapper<UserRemovalRefused> {

    @Override
    public Response toResponse(UserRemovalRefused refused) {
        return ErrorBody.error(400, refused.getMessage());
    }
}
