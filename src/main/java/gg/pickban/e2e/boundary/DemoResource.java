package gg.pickban.e2e.boundary;

import gg.pickban.draft.boundary.DraftBroadcast;
import gg.pickban.draft.control.Drafting;
import gg.pickban.draft.entity.Draft;
import gg.pickban.herodraft.control.HeroDraftJson;
import gg.pickban.herodraft.control.HeroDrafts;
import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonSettings;
import gg.pickban.platform.boundary.TestEndpoint;
import gg.pickban.platform.control.Jsonp;
import gg.pickban.platform.control.WriteTracker;
import gg.pickban.tournament.boundary.TournamentShapes;
import gg.pickban.tournament.control.Disbanding;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Test-only demo helpers (docs/e2e-seed.md §2): look a demo tournament up with its draft or hero draft,
 * and put it back to its seeded start.
 */
@TestEndpoint
@Tag(name = "e2e")
@Path("tests/demo/{key}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DemoResource {

    @Inject
    SeededTournaments seeded;

    @Inject
    TournamentShapes shapes;

    @Inject
    Drafting drafting;

    @Inject
    DraftBroadcast broadcast;

    @Inject
    Disbanding disbanding;

    @Inject
    WriteTracker writes;

    @Inject
    HeroDrafts heroDrafts;

    @PersistenceContext
    EntityManager em;

    @Operation(summary = "Read a demo data set (test only)")
    @APIResponse(responseCode = "200", description = "The demo data.")
    @GET
    @Transactional
    public Response get(@PathParam("key") String key) {
        Tournament tournament = seeded.byDemoKey(key);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tournament", shapes.fullOf(tournament.id()).orElseThrow(NotFoundException::new));
        body.put("key", key);
        if (key.equals("demo_herodraft")) {
            Optional<Game> game = tournament.games().stream().findFirst();
            body.put("herodraft", game.flatMap(this::heroDraftOf).map(HeroDraftJson::from).orElse(null));
            body.put("game_pk", game.map(Game::id).orElse(null));
            return json(body);
        }
        Optional<Draft> draft = draftOf(tournament);
        body.put("draft_pk", draft.map(Draft::id).orElse(null));
        body.put("draft_style", draft.map(d -> d.style().wire()).orElse(null));
        if (key.equals("demo_captaindraft")) {
            body.put("players", tournament.users().size());
        } else {
            body.put("teams", tournament.teams().size());
        }
        return json(body);
    }

    @Operation(summary = "Reset a demo data set (test only)")
    @APIResponse(responseCode = "200", description = "The demo data.")
    @POST
    @Path("reset")
    @Transactional
    public Response reset(@PathParam("key") String key) {
        Tournament found = seeded.byDemoKey(key);
        if (key.equals("demo_herodraft")) {
            return resetHeroDraft(found);
        }
        Tournament tournament = drafting.lockedTournament(found.id()).orElseThrow(NotFoundException::new);
        Draft draft = draftOf(tournament).flatMap(d -> drafting.lockedDraft(d.id()))
                .orElseThrow(() -> new WebApplicationException(ErrorBody.error(400, "No draft found for tournament")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "reset");
        body.put("tournament", tournament.name());
        body.put("tournament_pk", tournament.id());
        body.put("draft_pk", draft.id());
        body.put("draft_style", draft.style().wire());
        if (key.equals("demo_captaindraft")) {
            List.copyOf(tournament.teams()).forEach(team -> disbanding.delete(team));
            tournament.changeState("future");
            em.flush();
            em.createQuery("DELETE FROM DraftEvent e WHERE e.draft = :draft").setParameter("draft", draft).executeUpdate();
            em.createQuery("DELETE FROM DraftRound r WHERE r.draft = :draft").setParameter("draft", draft).executeUpdate();
            writes.written();
        } else {
            broadcast.announce(draft, drafting.start(draft));
            body.put("teams", tournament.teams().size());
        }
        body.put("players", tournament.users().size());
        return json(body);
    }

    /** The hero draft of the tournament's first game back to waiting, the game pending again. */
    private Response resetHeroDraft(Tournament tournament) {
        Game game = tournament.games().stream().findFirst()
                .orElseThrow(() -> new WebApplicationException(ErrorBody.error(400, "No game found for demo herodraft tournament")));
        HeroDraft draft = heroDraftOf(game).flatMap(d -> heroDrafts.locked(d.id()))
                .orElseThrow(() -> new WebApplicationException(ErrorBody.error(400, "No HeroDraft found for game")));
        heroDrafts.deleteEvents(draft);
        draft.reset(Jsonp.createValue("test_endpoint"), heroDrafts.now());
        game.placeInBracket(game.round(), game.position(), game.bracketType(), game.eliminationType(), "pending",
                game.swissRecordWins(), game.swissRecordLosses());
        game.declareWinner(null);
        em.flush();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "reset");
        body.put("tournament", tournament.name());
        body.put("tournament_pk", tournament.id());
        body.put("herodraft_pk", draft.id());
        body.put("herodraft_state", draft.state().wire());
        return json(body);
    }

    private Optional<HeroDraft> heroDraftOf(Game game) {
        return em.createNamedQuery(HeroDraft.OF_GAME, Long.class).setParameter("game", game.id()).getResultStream()
                .findFirst().flatMap(heroDrafts::find);
    }

    private Optional<Draft> draftOf(Tournament tournament) {
        return em.createQuery("SELECT d FROM Draft d WHERE d.tournament.id = :tournament", Draft.class)
                .setParameter("tournament", tournament.id()).getResultStream().findFirst();
    }

    static Response json(Map<String, Object> body) {
        return Response.ok(JsonSettings.jsonb().toJson(body), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
