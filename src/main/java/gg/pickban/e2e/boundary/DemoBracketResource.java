package gg.pickban.e2e.boundary;

import gg.pickban.bracket.control.StandardBracket;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.TestEndpoint;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Test-only {@code POST /api/tests/demo/bracket/{tournament_pk}/generate/} (docs/e2e-seed.md §2): the
 * tournament's games become the standard 4-team double-elimination bracket of its first four teams.
 */
@TestEndpoint
@Tag(name = "e2e")
@Path("tests/demo/bracket/{pk}/generate")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DemoBracketResource {

    @PersistenceContext
    EntityManager em;

    @Operation(summary = "Generate a demo bracket (test only)")
    @APIResponse(responseCode = "200", description = "The demo tournament.")
    @POST
    @Transactional
    public Response generate(@PathParam("pk") String pkText) {
        Long pk = pkText.matches("[0-9]{1,18}") ? Long.valueOf(pkText) : null;
        Tournament tournament = pk == null ? null : em.find(Tournament.class, pk, LockModeType.PESSIMISTIC_WRITE);
        if (tournament == null) {
            return ErrorBody.error(404, "Tournament " + pkText + " not found");
        }
        List<Team> teams = tournament.teams();
        if (teams.size() < 4) {
            return ErrorBody.error(400, "Bracket generation needs at least 4 teams");
        }
        for (Game game : List.copyOf(tournament.games())) {
            game.moveTo(null);
            em.remove(game);
        }
        em.flush();
        StandardBracket.of(tournament, teams.subList(0, 4)).games().forEach(em::persist);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "generated");
        body.put("tournament", tournament.name());
        body.put("tournament_pk", tournament.id());
        body.put("bracket_pk", tournament.id());
        return DemoResource.json(body);
    }
}
