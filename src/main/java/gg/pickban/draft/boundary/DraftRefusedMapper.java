package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.DraftRefused;
import gg.pickban.platform.boundary.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Draft rules that refuse leave as 400 with the contract's error text (docs/decisions.md D17, D19). */
@Provider
public class DraftRefusedMapper implements ExceptionMapper<DraftRefused> {

    @Override
    public Response toResponse(DraftRefused refused) {
        return ErrorBody.error(400, refused.getMessage());
    }
}
