package gg.pickban.discord.boundary;

import gg.pickban.discord.control.CommandRegistration;
import gg.pickban.discord.control.CommandRegistration.Outcome;
import gg.pickban.platform.boundary.TestEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Test-only {@code POST /api/tests/discord/commands/sync/}: registers the slash commands now, the way
 * a start does (same cluster lock), and answers {@code {"ran": …, "outcome": "created" | "updated" |
 * "unchanged" | "not_configured" | null}}. Behind {@code TestEndpointsGate}.
 */
@TestEndpoint
@Tag(name = "discord")
@Path("tests/discord/commands/sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommandSyncResource {

    @Inject
    CommandRegistration commands;

    @Operation(summary = "Register the Discord slash commands now (test only)")
    @POST
    public Map<String, Object> sync() {
        Optional<Outcome> outcome = commands.syncExclusive();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ran", outcome.isPresent());
        answer.put("outcome", outcome.map(o -> o.name().toLowerCase()).orElse(null));
        return answer;
    }
}
