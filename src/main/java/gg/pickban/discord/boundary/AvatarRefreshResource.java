package gg.pickban.discord.boundary;

import gg.pickban.discord.control.AvatarRefreshSlot;
import gg.pickban.discord.control.DiscordJobs;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/avatars/refresh/} (docs/rules.md §8.1, docs/decisions.md D44): the frontend fires it before loading the
 * users list, so it only claims the cluster-wide hourly slot and starts the refresh in the
 * background; the answer never waits for Discord.
 */
@Tag(name = "discord")
@Path("avatars/refresh")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AvatarRefreshResource {

    private static final Logger LOG = Logger.getLogger(AvatarRefreshResource.class.getName());

    @Inject
    AvatarRefreshSlot slot;

    @Inject
    DiscordJobs jobs;

    @Resource
    ManagedExecutorService executor;

    @Operation(summary = "Refresh every user's Discord avatar (staff)")
    @POST
    public Map<String, String> refresh() {
        if (!slot.claim()) {
            return Map.of("message", "Avatar refresh can only be run once per hour.");
        }
        executor.submit(() -> {
            try {
                jobs.refreshEveryone();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Requested avatar refresh failed", e);
            }
        });
        return Map.of("message", "Avatar refresh started.");
    }
}
