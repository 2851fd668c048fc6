package gg.pickban.e2e.boundary;

import gg.pickban.e2e.control.MatchSeed;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.boundary.JsonSettings;
import gg.pickban.platform.boundary.TestEndpoint;
import gg.pickban.platform.control.Input;
import gg.pickban.steam.entity.SteamMatch;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Test-only {@code POST /api/tests/create-match/} (docs/e2e-seed.md §2): a made-up Steam match with ten
 * players, optionally linked to a game or to a tournament's first unlinked game. Anonymous, body optional.
 */
@TestEndpoint
@Tag(name = "e2e")
@Path("tests/create-match")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CreateMatchResource {

    private static final long FIRST_RANDOM_ID = 8_000_000_000L;
    private static final long RANDOM_IDS = 1_000_000_000L;

    @Inject
    MatchSeed matches;

    @PersistenceContext
    EntityManager em;

    @Operation(summary = "Store a fake Steam match (test only)")
    @APIResponse(responseCode = "201", description = "The stored match.")
    @POST
    @Transactional
    public Response create(JsonBody body) {
        Input in = Input.of(body.json());
        Long matchId = in.field("match_id").nullable().min(1).longInteger();
        Long tournamentId = in.field("tournament_id").nullable().min(1).longInteger();
        Long gameId = in.field("game_id").nullable().min(1).longInteger();
        in.validate();
        SteamMatch stored = matchId == null ? null : em.find(SteamMatch.class, matchId);
        if (stored != null) {
            return answer(stored, null, tournamentId);
        }
        Game game = gameId != null ? found(em.find(Game.class, gameId), "Game " + gameId + " not found") : null;
        Tournament tournament = game == null && tournamentId != null
                ? found(em.find(Tournament.class, tournamentId), "Tournament " + tournamentId + " not found") : null;
        Random random = ThreadLocalRandom.current();
        SteamMatch match = matches.madeUp(matchId != null ? matchId : unusedId(random), random);
        if (game == null && tournament != null) {
            game = tournament.games().stream().filter(g -> g.steamMatchId() == null).min(Comparator.comparing(Game::id)).orElse(null);
        }
        if (game != null) {
            game.recordSteamMatch(match.matchId());
        }
        return answer(match, game, tournamentId);
    }

    private long unusedId(Random random) {
        long id;
        do {
            id = FIRST_RANDOM_ID + random.nextLong(RANDOM_IDS);
        } while (em.find(SteamMatch.class, id) != null);
        return id;
    }

    private static <T> T found(T entity, String detail) {
        if (entity == null) {
            throw new WebApplicationException(ErrorBody.detail(404, detail));
        }
        return entity;
    }

    private static Response answer(SteamMatch match, Game game, Long tournamentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("match_id", match.matchId());
        body.put("radiant_win", match.radiantWin());
        body.put("duration", match.duration());
        body.put("game_id", game == null ? null : game.id());
        body.put("tournament_id", tournamentId);
        body.put("player_count", match.players().size());
        return Response.ok(JsonSettings.jsonb().toJson(body)).build();
    }
}
