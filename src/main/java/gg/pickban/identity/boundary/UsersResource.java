package gg.pickban.identity.boundary;

import gg.pickban.cluster.control.DerivedJson;
import gg.pickban.identity.control.UserEditor;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.boundary.JsonSettings;
import gg.pickban.platform.control.Input;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/users/}: the user router and search. Writes are for staff (docs/rules.md §2.3). */
@Tag(name = "identity")
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    UserEditor editor;

    @Inject
    DerivedJson derived;

    /** The whole user list, rendered once per data generation (the frontend loads it often). */
    @Operation(summary = "List users")
    @APIResponse(responseCode = "200", description = "Every user.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = UserFull.class)))
    @GET
    public byte[] list() {
        return derived.get("users", () -> JsonSettings.jsonb().toJson(
                em.createNamedQuery(User.ALL, User.class).getResultStream().map(UserFull::of).toList()));
    }

    @Operation(summary = "Read a user")
    @GET
    @Path("{pk: [0-9]+}")
    public UserFull get(@PathParam("pk") long pk) {
        return UserFull.of(existing(pk));
    }

    @Operation(summary = "Create a user (staff)")
    @APIResponse(responseCode = "201", description = "The created user.",
            content = @Content(schema = @Schema(implementation = UserFull.class)))
    @POST
    @Transactional
    public Response create(JsonBody body) {
        caller.requireStaff();
        return Response.status(201).entity(UserFull.of(editor.create(Input.of(body.json()), caller.isSuperuser()))).build();
    }

    @Operation(summary = "Replace a user (staff; superusers protected)")
    @PUT
    @Path("{pk: [0-9]+}")
    @Transactional
    public UserFull replace(@PathParam("pk") long pk, JsonBody body) {
        caller.requireStaff();
        return UserFull.of(editor.update(existing(pk), Input.of(body.json()), caller.isSuperuser()));
    }

    @Operation(summary = "Change fields of a user (staff; superusers protected)")
    @PATCH
    @Path("{pk: [0-9]+}")
    @Transactional
    public UserFull patch(@PathParam("pk") long pk, JsonBody body) {
        caller.requireStaff();
        return UserFull.of(editor.update(existing(pk), Input.partial(body.json()), caller.isSuperuser()));
    }

    @Operation(summary = "Delete a user (staff; superusers protected)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @DELETE
    @Path("{pk: [0-9]+}")
    @Transactional
    public Response delete(@PathParam("pk") long pk) {
        caller.requireStaff();
        editor.delete(existing(pk), caller.isSuperuser());
        return Response.noContent().build();
    }

    @Operation(summary = "Search users by name (at least 3 characters)")
    @APIResponse(responseCode = "200", description = "Matching users.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = UserMini.class)))
    @GET
    @Path("search")
    public Response search(@QueryParam("q") String q) {
        caller.require();
        String text = q == null ? "" : q.trim();
        if (text.length() < 3) {
            return ErrorBody.error(400, "Search query must be at least 3 characters");
        }
        String pattern = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return Response.ok(em.createNamedQuery(User.SEARCH, User.class).setParameter("pattern", pattern)
                .setMaxResults(20).getResultStream().map(UserMini::of).toList()).build();
    }

    private User existing(long pk) {
        return editor.find(pk).orElseThrow(NotFoundException::new);
    }
}
