package gg.pickban.identity.boundary;

import gg.pickban.identity.control.SuperuserChangeRefused;
import gg.pickban.platform.boundary.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** docs/decisions.md D13 refusals leave as 403 with the contract's detail text. */
@Provider
public class SuperuserChangeRefusedMapper implements ExceptionMapper<SuperuserChangeRefused> {

    @Override
    public Response toResponse(SuperuserChangeRefused refused) {
        return ErrorBody.detail(403, refused.getMessage());
    }
}
