package gg.pickban.steam.boundary;

import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.steam.control.SyncInProgress;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A sync or retry while another one runs: 409 "Sync already in progress" (docs/decisions.md D34). */
@Provider
public class SyncInProgressMapper implements ExceptionMapper<SyncInProgress> {

    @Override
    public Response toResponse(SyncInProgress exception) {
        return ErrorBody.error(409, "Sync already in progress");
    }
}
