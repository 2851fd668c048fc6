package gg.pickban.herodraft.boundary;

import gg.pickban.herodraft.control.HeroDraftEventMessage;
import gg.pickban.herodraft.control.HeroDraftJson;
import gg.pickban.herodraft.control.HeroDrafts;
import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.herodraft.entity.HeroDraftEvent;
import gg.pickban.herodraft.entity.HeroDraftRefused;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/games/{pk}/create-herodraft/} (docs/rules.md §5.2): any logged-in user; a game that
 * has a draft answers it with 200 (docs/decisions.md D21); else the body may fill empty slots with teams of the game's
 * tournament (docs/decisions.md D30), and both teams need captains. The game row is locked, so two creates make one draft.
 */
@Tag(name = "herodraft")
@Path("games/{pk: [0-9]+}/create-herodraft")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CreateHeroDraftResource {

    static final String BOTH_TEAMS = "Game must have both radiant and dire teams assigned";
    static final String BOTH_CAPTAINS = "Both teams must have captains assigned";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    HeroDrafts drafts;

    @Operation(summary = "Create the game's hero draft (or return the existing one)")
    @APIResponse(responseCode = "201", description = "The created hero draft (200 when it existed).",
            content = @Content(schema = @Schema(implementation = HeroDraftJson.class)))
    @POST
    @Transactional
    public Response create(@PathParam("pk") long pk, JsonBody body) {
        User user = caller.require();
        Game game = Optional.ofNullable(em.find(Game.class, pk, LockModeType.PESSIMISTIC_WRITE)).orElseThrow(NotFoundException::new);
        Optional<Long> existing = em.createNamedQuery(HeroDraft.OF_GAME, Long.class).setParameter("game", pk).getResultStream().findFirst();
        if (existing.isPresent()) {
            return Response.ok(HeroDraftJson.from(drafts.find(existing.get()).orElseThrow())).build();
        }
        Team radiant = game.radiantTeam() != null ? game.radiantTeam() : slotFiller(game, body.json(), "radiant_team_id", "Radiant");
        Team dire = game.direTeam() != null ? game.direTeam() : slotFiller(game, body.json(), "dire_team_id", "Dire");
        if (radiant == null || dire == null) {
            throw new HeroDraftRefused(BOTH_TEAMS);
        }
        if (radiant.captain() == null || dire.captain() == null) {
            throw new HeroDraftRefused(BOTH_CAPTAINS);
        }
        game.assignRadiant(radiant);
        game.assignDire(dire);
        Instant now = drafts.now();
        HeroDraft draft = new HeroDraft(game, radiant, dire, now);
        em.persist(draft);
        HeroDraftEvent created = draft.created(user.id(), now);
        drafts.record(List.of(created));
        drafts.announce(draft, List.of(HeroDraftEventMessage.action(created)), false);
        return Response.status(201).entity(HeroDraftJson.from(draft)).build();
    }

    /** docs/decisions.md D30: a team of the game's tournament for an empty slot, null when the body names none. */
    private Team slotFiller(Game game, JsonObject body, String key, String side) {
        JsonValue value = body.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String given = value instanceof JsonString text ? text.getString() : value.toString();
        Long teamId = value instanceof JsonNumber number && number.isIntegral() ? number.longValue() : parsed(given);
        Team team = teamId == null ? null : em.find(Team.class, teamId);
        if (team == null || game.tournament() == null || team.tournament() == null
                || !team.tournament().id().equals(game.tournament().id())) {
            throw new HeroDraftRefused(side + " team with id " + given + " not found");
        }
        return team;
    }

    private static Long parsed(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
