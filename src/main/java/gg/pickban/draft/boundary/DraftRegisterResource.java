package gg.pickban.draft.boundary;

import gg.pickban.platform.boundary.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /api/draft/register}: the draft router's create under another name. */
@Path("draft/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DraftRegisterResource {

    @Inject
    DraftsResource drafts;

    @POST
    public Response register(JsonBody body) {
        return drafts.create(body);
    }
}
