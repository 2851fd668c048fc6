package gg.pickban.herodraft.boundary;

import gg.pickban.herodraft.control.HeroDraftAction;
import gg.pickban.herodraft.control.HeroDraftEventJson;
import gg.pickban.herodraft.control.HeroDraftEventMessage;
import gg.pickban.herodraft.control.HeroDraftJson;
import gg.pickban.herodraft.control.HeroDrafts;
import gg.pickban.herodraft.entity.DraftTeam;
import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.herodraft.entity.HeroDraftDenied;
import gg.pickban.herodraft.entity.HeroDraftEvent;
import gg.pickban.herodraft.entity.HeroDraftRefused;
import gg.pickban.herodraft.entity.HeroDraftState;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.control.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/herodraft/{id}/…} (docs/rules.md §5.2–§5.8, docs/api.md §6): the same path as the socket — a plain
 * GET lands here, an Upgrade on the socket. Every action checks login, then the draft (404, docs/decisions.md D22),
 * then completes an expired countdown (docs/decisions.md D26), then the action's own guards in the contract's order;
 * refusals leave the countdown completed (hence {@code dontRollbackOn}).
 */
@Tag(name = "herodraft")
@Path("herodraft/{id: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional(dontRollbackOn = {HeroDraftRefused.class, HeroDraftDenied.class})
public class HeroDraftResource {

    @Inject
    Caller caller;

    @Inject
    HeroDrafts drafts;

    /** Any caller, spectators included. */
    @Operation(summary = "Read a hero draft")
    @GET
    public HeroDraftJson get(@PathParam("id") long id) {
        return HeroDraftJson.from(drafts.loaded(id).orElseThrow(NotFoundException::new));
    }

    @Operation(summary = "Mark the caller's team ready")
    @POST
    @Path("set-ready")
    public HeroDraftJson setReady(@PathParam("id") long id) {
        return act(id, (draft, actor, now, out) -> announced(draft.setReady(actor, now), out));
    }

    @Operation(summary = "Roll the coin once both teams are ready")
    @POST
    @Path("trigger-roll")
    public HeroDraftJson triggerRoll(@PathParam("id") long id) {
        return act(id, (draft, actor, now, out) -> announced(draft.roll(actor, drafts.chance(), now), out));
    }

    @Operation(summary = "Choose first pick or side (the roll winner, then the loser)")
    @POST
    @Path("submit-choice")
    public HeroDraftJson submitChoice(@PathParam("id") long id, JsonBody body) {
        return act(id, (draft, actor, now, out) -> {
            draft.expect(HeroDraftState.CHOOSING, "submit choice");
            DraftTeam team = draft.captainTeam(actor);
            announced(draft.choose(team, text(body.json(), "choice_type"), text(body.json(), "value"), now), out);
            return draft.state() == HeroDraftState.DRAFTING;
        });
    }

    @Operation(summary = "Ban or pick a hero on the caller's turn")
    @POST
    @Path("submit-pick")
    public HeroDraftJson submitPick(@PathParam("id") long id, JsonBody body) {
        return act(id, (draft, actor, now, out) -> {
            draft.expect(HeroDraftState.DRAFTING, "submit pick");
            DraftTeam team = draft.captainTeam(actor);
            List<HeroDraftEvent> events = draft.submit(team, HeroIdInput.read(body.json()), now);
            drafts.record(events);
            JsonObject selected = events.get(0).metadata();
            out.add(HeroDraftEventMessage.action(events.get(0), Jsonp.createObjectBuilder().add("hero_id", selected.get("hero_id"))
                    .add("action_type", selected.get("action_type")).add("round_number", selected.get("round_number")).build()));
            return false;
        });
    }

    @Operation(summary = "Abandon the hero draft")
    @POST
    @Path("abandon")
    public HeroDraftJson abandon(@PathParam("id") long id) {
        return act(id, (draft, actor, now, out) -> announced(draft.abandon(actor, now), out));
    }

    @Operation(summary = "Pause the hero draft")
    @POST
    @Path("pause")
    public HeroDraftJson pause(@PathParam("id") long id) {
        return act(id, (draft, actor, now, out) -> announced(draft.pause(actor, now), out));
    }

    @Operation(summary = "Resume a paused hero draft (after a countdown)")
    @POST
    @Path("resume")
    public HeroDraftJson resume(@PathParam("id") long id) {
        return act(id, (draft, actor, now, out) -> {
            announced(draft.resume(actor, now), out);
            return true;
        });
    }

    /** Staff only, checked before the lookup (docs/rules.md §5.8); no countdown completion, everything is wiped anyway. */
    @Operation(summary = "Reset the hero draft to waiting for captains")
    @POST
    @Path("reset")
    public HeroDraftJson reset(@PathParam("id") long id) {
        caller.require();
        if (!caller.isStaff()) {
            throw new HeroDraftDenied(HeroDraftDenied.RESET);
        }
        HeroDraft draft = drafts.locked(id).orElseThrow(NotFoundException::new);
        drafts.reset(draft, Jsonp.createValue(caller.require().id()));
        return HeroDraftJson.from(draft);
    }

    @Operation(summary = "List the hero draft's events")
    @GET
    @Path("list-events")
    public List<HeroDraftEventJson> events(@PathParam("id") long id) {
        caller.require();
        drafts.find(id).orElseThrow(NotFoundException::new);
        return drafts.events(id).stream().map(HeroDraftEventJson::from).toList();
    }

    @Operation(summary = "List the heroes still available and those taken")
    @GET
    @Path("list-available-heroes")
    public Map<String, List<Integer>> availableHeroes(@PathParam("id") long id) {
        caller.require();
        return Map.of("available_heroes", drafts.find(id).orElseThrow(NotFoundException::new).availableHeroes());
    }

    private HeroDraftJson act(long id, HeroDraftAction action) {
        return HeroDraftJson.from(drafts.act(id, caller.require(), action).orElseThrow(NotFoundException::new));
    }

    private boolean announced(HeroDraftEvent event, List<HeroDraftEventMessage> out) {
        drafts.record(List.of(event));
        out.add(HeroDraftEventMessage.action(event));
        return false;
    }

    /** A member as text for the choice checks: strings as they are, anything else by its JSON text, absent or null as null. */
    private static String text(JsonObject body, String key) {
        JsonValue value = body.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
