package gg.pickban.e2e.boundary;

import gg.pickban.e2e.control.HeroDraftForcing.Target;
import gg.pickban.e2e.control.HeroDraftForcing;
import gg.pickban.herodraft.control.HeroDraftJson;
import gg.pickban.herodraft.entity.DraftTeam;
import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonSettings;
import gg.pickban.platform.boundary.TestEndpoint;
import gg.pickban.platform.control.Jsonp;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Test-only {@code GET /api/tests/herodraft-by-key/{key}/} (docs/e2e-seed.md §2): a seeded game's hero
 * draft, made if needed and forced into the key's state (docs/decisions.md D51: {@code drafting_phase} works).
 */
@TestEndpoint
@Tag(name = "e2e")
@Path("tests/herodraft-by-key/{key}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HeroDraftByKeyResource {

    private record Keyed(String tournament, int round, Target target) {
    }

    private static final String REAL = "Real Tournament 38";
    private static final List<String> KEYS = List.of("waiting_phase", "rolling_phase", "choosing_phase", "drafting_phase",
            "two_captain_test", "demo_herodraft");
    private static final Map<String, Keyed> BY_KEY = Map.of(
            "waiting_phase", new Keyed(REAL, 2, Target.WAITING),
            "rolling_phase", new Keyed(REAL, 2, Target.ROLLING),
            "choosing_phase", new Keyed(REAL, 2, Target.CHOOSING),
            "drafting_phase", new Keyed(REAL, 2, Target.DRAFTING),
            "two_captain_test", new Keyed(REAL, 2, Target.WAITING),
            "demo_herodraft", new Keyed("Demo HeroDraft Tournament", 1, Target.WAITING));

    @Inject
    SeededTournaments seeded;

    @Inject
    HeroDraftForcing forcing;

    @Operation(summary = "Find a seeded hero draft by key (test only)")
    @APIResponse(responseCode = "200", description = "The hero draft.")
    @GET
    @Transactional
    public Response get(@PathParam("key") String key) {
        Keyed keyed = BY_KEY.get(key);
        if (keyed == null) {
            return ErrorBody.error(404, "Unknown herodraft test key: " + key + ". Available: " + SeededTournaments.keyList(KEYS));
        }
        Tournament tournament = seeded.named(keyed.tournament());
        Game game = tournament.games().stream()
                .filter(g -> g.round() == keyed.round() && g.position() == 0 && "winners".equals(g.bracketType()))
                .findFirst().orElseThrow(() -> new WebApplicationException(ErrorBody.error(404,
                        "Game not found in " + keyed.tournament() + " round " + keyed.round() + " winners")));
        HeroDraft draft = forcing.draftOf(game);
        forcing.force(draft, keyed.target());
        return Response.ok(shape(draft).toString()).build();
    }

    /** HeroDraft JSON with {@code game} and {@code draft_teams} in the test endpoint's reduced shapes. */
    static JsonObject shape(HeroDraft draft) {
        JsonObject full = Jsonp.createReader(new StringReader(JsonSettings.jsonb().toJson(HeroDraftJson.from(draft)))).readObject();
        Game game = draft.game();
        JsonObjectBuilder gameShape = Jsonp.createObjectBuilder().add("pk", game.id());
        addNullable(gameShape, "tournament_pk", game.tournament() == null ? null : game.tournament().id());
        gameShape.add("radiant_team_name", game.radiantTeam() == null ? "" : game.radiantTeam().name())
                .add("dire_team_name", game.direTeam() == null ? "" : game.direTeam().name());
        JsonArrayBuilder teams = Jsonp.createArrayBuilder();
        for (DraftTeam team : draft.teams()) {
            JsonObjectBuilder shaped = Jsonp.createObjectBuilder().add("id", team.id());
            User captain = team.captain();
            if (captain == null) {
                shaped.addNull("captain");
            } else {
                JsonObjectBuilder person = Jsonp.createObjectBuilder().add("pk", captain.id()).add("username", captain.username());
                if (captain.discordId() == null) {
                    person.addNull("discordId");
                } else {
                    person.add("discordId", captain.discordId());
                }
                shaped.add("captain", person);
            }
            shaped.add("team_name", team.tournamentTeam().name()).add("is_ready", team.isReady());
            addNullable(shaped, "is_radiant", team.isRadiant());
            addNullable(shaped, "is_first_pick", team.isFirstPick());
            teams.add(shaped);
        }
        return Jsonp.createObjectBuilder(full).add("game", gameShape).add("draft_teams", teams).build();
    }

    private static void addNullable(JsonObjectBuilder builder, String key, Object value) {
        if (value == null) {
            builder.addNull(key);
        } else if (value instanceof Boolean flag) {
            builder.add(key, flag);
        } else {
            builder.add(key, ((Number) value).longValue());
        }
    }
}
