package gg.pickban.herodraft.boundary;

import gg.pickban.herodraft.entity.HeroDraftRefused;
import gg.pickban.platform.boundary.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Hero-draft rules that refuse leave as 400 with the contract's error text (docs/rules.md §5). */
@Provider
public class HeroDraftRefusedMapper implements ExceptionMapper<HeroDraftRefused> {

    @Override
    public Response toResponse(HeroDraftRefused refused) {
        return ErrorBody.error(400, refused.getMessage());
    }
}
