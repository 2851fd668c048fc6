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

/**
 * {@code GET /api/current_user} (identity.md §3): a logged-in caller gets 201 (sic) with the user
 * and {@code active_drafts}; an anonymous caller 200 with a zero-byte body.
 */
@Path("current_user")
@RequestScoped
public class CurrentUserResource {

    @Inject
    Caller caller;

    @Inject
    Instance<ActiveDraftSource> sources;

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
