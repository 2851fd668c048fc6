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

/** {@code POST /api/user/register}: the same staff create as {@code POST /api/users/}. */
@Path("user/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserRegisterResource {

    @Inject
    Caller caller;

    @Inject
    UserEditor editor;

    @POST
    @Transactional
    public Response register(JsonBody body) {
        caller.requireStaff();
        return Response.status(201).entity(UserFull.of(editor.create(Input.of(body.json()), caller.isSuperuser()))).build();
    }
}
