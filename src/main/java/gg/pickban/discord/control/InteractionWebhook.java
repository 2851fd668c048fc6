package gg.pickban.discord.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the real answer of a deferred interaction through its webhook ({@link InteractionFollowUp}),
 * with Discord's usual retries. It runs after the first answer went out, so a failure can only be
 * logged: the interaction then shows Discord's "did not respond" to the invoker.
 */
@ApplicationScoped
public class InteractionWebhook {

    private static final Logger LOG = Logger.getLogger(InteractionWebhook.class.getName());

    @Inject
    DiscordApi discord;

    @Inject
    @ConfigProperty(name = "pickban.discord.client-id")
    Optional<String> clientId;

    public void finish(Interaction interaction, InteractionAnswer answer) {
        String applicationId = interaction.applicationId() != null ? interaction.applicationId() : clientId.orElse(null);
        if (applicationId == null || interaction.token() == null || interaction.token().isBlank()) {
            LOG.warning("Interaction " + interaction.id() + " deferred, but it names no application or token to answer on");
            return;
        }
        InteractionFollowUp followUp = InteractionFollowUp.after(interaction.type(), answer);
        try {
            if (followUp.editsOriginal()) {
                discord.editOriginalResponse(applicationId, interaction.token(), followUp.message());
            } else {
                discord.followUp(applicationId, interaction.token(), followUp.message());
            }
        } catch (DiscordUnavailable e) {
            LOG.warning("The late answer to interaction " + interaction.id() + " did not reach Discord: " + e.reason());
        } catch (RuntimeException e) {
            LOG.warning("The late answer to interaction " + interaction.id() + " failed: " + e.getClass().getSimpleName());
        }
    }
}
