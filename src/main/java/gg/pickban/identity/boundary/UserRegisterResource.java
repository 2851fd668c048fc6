package gg.pickban.identity.boundary;

import gg.pickban.identity.control.UserEditor;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

/** {@code POST /api/user/register}: the same staff create as {@code POST /api/users/}. */
@Tag(name = "identity")
@Path("user/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserRegisterResource {

    @Inject
    Caller caller;

    @Inject
    UserEditor editor;

    @Operation(summary = "Create a user (the router's create under another name)")
    @APIResponse(responseCode = "201", description = "The created user.",
            content = @Content(schema = @Schema(implementation = UserFull.class)))
    @POST
    @Transactional
    public Response register(JsonBody body) {
        caller.requireStaff();
        return Response.status(201).entity(UserFull.of(editor.create(Input.of(body.json()), caller.isSuperuser()))).build();
    }
}
