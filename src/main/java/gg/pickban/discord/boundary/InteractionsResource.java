package gg.pickban.discord.boundary;

import gg.pickban.discord.control.Interaction;
import gg.pickban.discord.control.InteractionAnswer;
import gg.pickban.discord.control.InteractionSignature;
import gg.pickban.discord.control.Interactions;
import gg.pickban.identity.boundary.CsrfExempt;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.control.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/discord/interactions/}: Discord's interaction webhook, where slash commands and
 * button clicks arrive — the whole bot, stateless, on any instance. Trust comes from the Ed25519
 * signature over the raw body alone, and only for a signed timestamp within five minutes of our
 * clock, so a captured request cannot be replayed later. The endpoint reads no session and is
 * exempt from CSRF, so a browser's cookies give it nothing to act on.
 */
@CsrfExempt
@Tag(name = "discord")
@Path("discord/interactions")
@RequestScoped
public class InteractionsResource {

    @Inject
    @ConfigProperty(name = "pickban.discord.public-key")
    Optional<String> publicKey;

    @Inject
    Interactions interactions;

    @Inject
    InteractionDeadline deadline;

    @Inject
    Clock clock;

    @Operation(summary = "Discord interactions webhook: slash commands and button clicks, signed by Discord")
    @APIResponse(responseCode = "200", description = "The interaction response Discord expects.")
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response interact(@HeaderParam("X-Signature-Ed25519") String signature,
            @HeaderParam("X-Signature-Timestamp") String timestamp, byte[] body) {
        if (!InteractionSignature.isFresh(timestamp, clock.instant())
                || !InteractionSignature.isValid(publicKey.orElse(null), signature, timestamp, body)) {
            return ErrorBody.error(401, "Invalid signature");
        }
        Optional<JsonObject> json = parse(body);
        if (json.isEmpty()) {
            return ErrorBody.error(400, "Invalid JSON");
        }
        Interaction interaction = Interaction.from(json.get());
        InteractionAnswer answer = interactions.immediate(interaction)
                .orElseGet(() -> deadline.answer(interaction, () -> interactions.recorded(interaction)));
        return Response.ok(answer.toJson().toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Only a JSON object is an interaction; anything else is "Invalid JSON" (never a 5xx, docs/decisions.md D2). */
    private static Optional<JsonObject> parse(byte[] body) {
        try (JsonReader reader = Jsonp.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
