package gg.pickban.league.boundary;

import gg.pickban.league.entity.RoleChangeRefused;
import gg.pickban.platform.boundary.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A role change the organization's rules forbid is the client's mistake: 400 {@code {"error": …}}. */
@Provider
public class RoleChangeRefusedMapper implements ExceptionMapper<RoleChangeRefused> {

    @Override
    public Response toResponse(RoleChangeRefused refused) {
        return ErrorBody.error(400, refused.getMessage());
    }
}
