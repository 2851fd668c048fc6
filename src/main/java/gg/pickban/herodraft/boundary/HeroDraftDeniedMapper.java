package gg.pickban.herodraft.boundary;

import gg.pickban.herodraft.entity.HeroDraftDenied;
import gg.pickban.platform.boundary.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A caller without the right role in this hero draft: 403 with the contract's error text (docs/rules.md §2.3, §5). */
@Provider
public class HeroDraftDeniedMapper implements ExceptionMapper<HeroDraftDenied> {

    @Override
    public Response toResponse(HeroDraftDenied denied) {
        return ErrorBody.error(403, denied.getMessage());
    }
}
