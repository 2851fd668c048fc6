package gg.pickban.bracket.boundary;

import gg.pickban.bracket.control.BracketElements;
import gg.pickban.bracket.control.BracketSave;
import gg.pickban.cluster.control.DerivedJson;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.boundary.JsonSettings;
import gg.pickban.platform.control.Input;
import gg.pickban.tournament.control.NestedDrafts;
import gg.pickban.tournament.control.TournamentRoles;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/bracket/tournaments/{id}/…} (docs/rules.md §6). Check order: tournament, permission, body.
 * The bracket view polls every 5 s, so reads are rendered once per data generation.
 */
@Tag(name = "bracket")
@Path("bracket/tournaments/{id: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BracketsResource {

    static final List<String> SEEDING = List.of("random", "mmr_total", "captain_mmr");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    NestedDrafts drafts;

    @Inject
    BracketSave bracketSave;

    @Inject
    BracketReads reads;

    @Inject
    DerivedJson derived;

    @Operation(summary = "Read a tournament's bracket games")
    @APIResponse(responseCode = "200", description = "The bracket games of the tournament.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BracketGame.class)))
    @GET
    public byte[] get(@PathParam("id") long id) {
        return derived.get("bracket:" + id, () -> JsonSettings.jsonb().toJson(reads.view(id)));
    }

    @Operation(summary = "Save the bracket editor's games (reconciled with the stored ones)")
    @POST
    @Path("save")
    @Transactional
    public BracketView save(@PathParam("id") long id, JsonBody body) {
        Tournament tournament = editable(id, "save brackets for this tournament");
        bracketSave.save(tournament, BracketElements.read(body.json()));
        return BracketView.of(tournament, drafts);
    }

    @Operation(summary = "Generate an empty bracket for the tournament's teams")
    @POST
    @Path("generate")
    @Transactional
    public Map<String, Object> generate(@PathParam("id") long id, JsonBody body) {
        editable(id, "generate brackets for this tournament");
        Input in = Input.of(body.json());
        in.field("seeding_method").choice(SEEDING);
        in.validate();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("tournamentId", id);
        answer.put("matches", List.of());
        answer.put("message", "Bracket generation placeholder");
        return answer;
    }

    @Operation(summary = "Set a team's final placement in the tournament")
    @APIResponse(responseCode = "200", description = "The team's placement.")
    @PATCH
    @Path("teams/{team: [0-9]+}/placement")
    @Transactional
    public Response placement(@PathParam("id") long id, @PathParam("team") long teamId, JsonBody body) {
        Tournament tournament = editable(id, "set placements in this tournament");
        Team team = tournament.teams().stream().filter(t -> t.id() == teamId).findFirst().orElse(null);
        if (team == null) {
            return ErrorBody.error(404, "Team not found in this tournament");
        }
        JsonValue value = body.json().getOrDefault("placement", JsonValue.NULL);
        Integer placement;
        if (value == JsonValue.NULL) {
            placement = null;
        } else if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 1 && n.longValue() <= Short.MAX_VALUE) {
            placement = n.intValue();
        } else {
            return ErrorBody.error(400, "Placement must be a positive integer or null");
        }
        team.place(placement);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("team_id", teamId);
        answer.put("placement", placement);
        return Response.ok(answer).build();
    }

    private Tournament editable(long id, String action) {
        User user = caller.require();
        Tournament tournament = em.find(Tournament.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (tournament == null) {
            throw new WebApplicationException(ErrorBody.error(404, "Tournament not found"));
        }
        if (!TournamentRoles.canEditTournament(user, tournament)) {
            throw new WebApplicationException(ErrorBody.error(403, "You do not have permission to " + action));
        }
        return tournament;
    }
}
