package gg.pickban.identity.boundary;

import gg.pickban.identity.control.ActiveDraft;
import gg.pickban.identity.control.ActiveDraftSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/current_user} (docs/api.md §3): a logged-in caller gets 201 (sic) with the user
 * and {@code active_drafts}; an anonymous caller 200 with a zero-byte body.
 */
@Tag(name = "identity")
@Path("current_user")
@RequestScoped
public class CurrentUserResource {

    @Inject
    Caller caller;

    @Inject
    Instance<ActiveDraftSource> sources;

    @Operation(summary = "Read the logged-in user (201), or an empty 200 when anonymous")
    @APIResponse(responseCode = "201", description = "The logged-in user with active_drafts.",
            content = @Content(schema = @Schema(implementation = UserFull.class)))
    @GET
    public Response get() {
        return caller.user()
                .map(user -> Response.status(201).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(UserFull.of(user).withActiveDrafts(activeDrafts(user.id()))).build())
                .orElseGet(() -> Response.ok().build());
    }

    private List<ActiveDraft> activeDrafts(long userId) {
        return sources.stream().sorted(Comparator.comparingInt(ActiveDraftSource::order))
                .flatMap(source -> source.forUser(userId).stream()).toList();
    }
}
