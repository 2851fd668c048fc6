package gg.pickban.draft.boundary;

import gg.pickban.platform.boundary.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/draft/register}: the draft router's create under another name. */
@Tag(name = "draft")
@Path("draft/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DraftRegisterResource {

    @Inject
    DraftsResource drafts;

    @Operation(summary = "Create a player draft (the router's create under another name)")
    @APIResponse(responseCode = "201", description = "The created draft.",
            content = @Content(schema = @Schema(implementation = DraftFull.class)))
    @POST
    public Response register(JsonBody body) {
        return drafts.create(body);
    }
}
