package gg.pickban.steam.boundary;

import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Input;
import gg.pickban.steam.control.AutoAssign;
import gg.pickban.steam.control.MatchLinker;
import gg.pickban.tournament.control.TournamentRoles;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Linking a whole tournament's games: by player overlap (auto-link) and by time (auto-assign), docs/rules.md §7.7. */
@Tag(name = "steam")
@Path("steam")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AutoLinkResource {

    private static final int DEFAULT_MIN_OVERLAP = 4;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MatchLinker linker;

    @Inject
    AutoAssign autoAssign;

    @Operation(summary = "Link Steam matches to games automatically, suggesting the unsure ones (staff)")
    @POST
    @Path("auto-link")
    @Transactional
    public AutoLinkCounts autoLink(JsonBody body) {
        caller.requireStaff();
        Input in = Input.of(body.json());
        Long tournamentId = in.field("tournament_id").required().longInteger();
        in.validate();
        return AutoLinkCounts.from(linker.autoLink(tournamentId));
    }

    @Operation(summary = "Assign a league's Steam matches to games (league staff)")
    @APIResponse(responseCode = "200", description = "What was assigned.")
    @POST
    @Path("auto-assign")
    @Transactional
    public Response autoAssign(JsonBody body) {
        User user = caller.require();
        JsonObject json = body.json();
        Long tournamentId = integer(json.get("tournament_id"));
        if (tournamentId == null) {
            return ErrorBody.error(400, "tournament_id is required");
        }
        Tournament tournament = em.find(Tournament.class, tournamentId);
        if (tournament == null) {
            return ErrorBody.error(404, "Tournament not found");
        }
        if (!TournamentRoles.canManageGamesOf(user, tournament)) {
            return ErrorBody.error(403, "You do not have permission to auto-assign matches for this tournament");
        }
        boolean apply = flag(json.get("apply"), false);
        boolean preview = !apply && flag(json.get("preview"), true);
        Long minOverlap = integer(json.get("min_overlap"));
        int overlap = minOverlap == null || minOverlap != minOverlap.intValue() ? DEFAULT_MIN_OVERLAP : minOverlap.intValue();
        return Response.ok(AutoAssignJson.from(autoAssign.run(tournament, preview, overlap))).build();
    }

    /** An integer or a numeric string; anything else (absent, null, "", text) is none. */
    private static Long integer(JsonValue value) {
        String text = value instanceof JsonNumber n && n.isIntegral() ? n.toString()
                : value instanceof JsonString s ? s.getString().trim() : null;
        return text != null && text.matches("-?[0-9]{1,18}") ? Long.valueOf(text) : null;
    }

    /** JSON booleans and the usual spellings; anything else keeps the default. */
    private static boolean flag(JsonValue value, boolean fallback) {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        String text = value instanceof JsonString s ? s.getString().trim().toLowerCase()
                : value instanceof JsonNumber n ? n.toString() : "";
        return switch (text) {
            case "true", "1", "yes", "on", "t", "y" -> true;
            case "false", "0", "no", "off", "f", "n" -> false;
            default -> fallback;
        };
    }
}
