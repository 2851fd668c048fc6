package gg.pickban.identity.boundary;

import gg.pickban.identity.control.PositionsInput;
import gg.pickban.identity.control.SteamIdInput;
import gg.pickban.identity.control.SteamLinkChanged;
import gg.pickban.identity.control.UserEditor;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/profile_update}: the caller edits their own nickname, positions
 * and Steam id; everything else in the body is ignored. Answers 201 with the caller.
 */
@Tag(name = "identity")
@Path("profile_update")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfileUpdateResource {

    @Inject
    Caller caller;

    @Inject
    UserEditor editor;

    @Inject
    Event<SteamLinkChanged> steamLinks;

    @Operation(summary = "Update the caller's own profile (nickname, positions, Steam id)")
    @APIResponse(responseCode = "201", description = "The updated user.",
            content = @Content(schema = @Schema(implementation = UserFull.class)))
    @POST
    @Transactional
    public Response update(JsonBody body) {
        User user = editor.find(caller.require().id()).orElseThrow();
        Input in = Input.of(body.json());
        String nickname = in.field("nickname").nullable().allowBlank().maxLength(100).string();
        PositionsInput positions = in.has("positions") ? PositionsInput.read(in.field("positions").object()) : null;
        in.validate();
        SteamIdInput steam = in.has("steamid") ? SteamIdInput.of(in.json().get("steamid")) : null;
        if (steam != null && !steam.valid()) {
            return ErrorBody.error(400, SteamIdInput.INVALID);
        }
        if (steam != null && steam.steam64() != null && editor.steamTaken(steam.steam64(), user)) {
            return ErrorBody.fields(Map.of("steamid", List.of("This Steam ID is already linked to another user.")));
        }
        if (in.has("nickname")) {
            user.changeNickname(nickname);
        }
        if (positions != null) {
            positions.applyTo(user.positions());
        }
        if (steam != null && !Objects.equals(steam.steam64(), user.steamid())) {
            user.linkSteam(steam.steam64());
            steamLinks.fire(new SteamLinkChanged(user.id(), steam.steam64()));
        }
        return Response.status(201).entity(UserFull.of(user)).build();
    }
}
