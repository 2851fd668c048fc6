package gg.pickban.discord.boundary;

import gg.pickban.discord.control.InteractionSignature;
import gg.pickban.identity.boundary.CsrfExempt;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.control.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
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
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /api/discord/interactions/}: Discord's interaction webhook (discord.md §5). Trust comes
 * from the Ed25519 signature over the raw body alone — the endpoint reads no session and is exempt
 * from CSRF, so a browser's cookies give it nothing to act on.
 */
@CsrfExempt
@Path("discord/interactions")
@RequestScoped
public class InteractionsResource {

    static final int PING = 1;
    static final int APPLICATION_COMMAND = 2;
    static final int MESSAGE_COMPONENT = 3;
    static final int MODAL_SUBMIT = 5;

    @Inject
    @ConfigProperty(name = "pickban.discord.public-key")
    Optional<String> publicKey;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response interact(@HeaderParam("X-Signature-Ed25519") String signature,
            @HeaderParam("X-Signature-Timestamp") String timestamp, byte[] body) {
        if (!InteractionSignature.isValid(publicKey.orElse(null), signature, timestamp, body)) {
            return ErrorBody.error(401, "Invalid signature");
        }
        Optional<JsonObject> interaction = parse(body);
        if (interaction.isEmpty()) {
            return ErrorBody.error(400, "Invalid JSON");
        }
        return Response.ok(answer(interaction.get()).toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    static JsonObject answer(JsonObject interaction) {
        int type = interaction.get("type") instanceof JsonNumber number && number.isIntegral() ? number.intValue() : -1;
        return switch (type) {
            case PING -> Jsonp.createObjectBuilder().add("type", 1).build();
            case APPLICATION_COMMAND -> Jsonp.createObjectBuilder().add("type", 5).build();
            case MESSAGE_COMPONENT, MODAL_SUBMIT -> Jsonp.createObjectBuilder().add("type", 6).build();
            default -> Jsonp.createObjectBuilder().add("type", 4)
                    .add("data", Jsonp.createObjectBuilder().add("content", "Unknown interaction type")).build();
        };
    }

    /** Only a JSON object is an interaction; anything else is "Invalid JSON" (never a 5xx, D2). */
    private static Optional<JsonObject> parse(byte[] body) {
        try (JsonReader reader = Jsonp.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
