package gg.pickban.discord.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What Pickban answers to each interaction. Some answers are known at once (a ping, {@code /roles},
 * anything Pickban does not handle); the others read and write the database ({@code /event}, an
 * RSVP click) and so may take long enough to need deferring. Whatever Pickban does not know gets a
 * polite note only the invoker sees, never an error.
 */
@ApplicationScoped
public class Interactions {

    static final String UNKNOWN_COMMAND = "Sorry, I don't know that command.";
    static final String UNKNOWN_COMPONENT = "Sorry, that button is not one of mine.";
    static final String UNKNOWN_FORM = "Sorry, that form is not one of mine.";
    static final String NO_INVOKER = "Sorry, Discord did not say who you are, so I cannot link your profile.";

    @Inject
    @ConfigProperty(name = "pickban.site-url", defaultValue = "http://127.0.0.1:8080")
    String siteUrl;

    @Inject
    EventCommand event;

    @Inject
    RsvpClicks rsvp;

    /** The answer when it needs neither the database nor Discord; empty when it does. */
    public Optional<InteractionAnswer> immediate(Interaction interaction) {
        return switch (interaction.type()) {
            case Interaction.PING -> Optional.of(InteractionAnswer.pong());
            case Interaction.APPLICATION_COMMAND -> switch (interaction.commandName().orElse("")) {
                case "roles" -> Optional.of(roles(interaction));
                case "event" -> Optional.empty();
                default -> Optional.of(InteractionAnswer.ephemeral(UNKNOWN_COMMAND));
            };
            case Interaction.MESSAGE_COMPONENT -> interaction.customId().flatMap(RsvpButton::parse).isPresent()
                    ? Optional.empty() : Optional.of(InteractionAnswer.ephemeral(UNKNOWN_COMPONENT));
            case Interaction.MODAL_SUBMIT -> Optional.of(InteractionAnswer.ephemeral(UNKNOWN_FORM));
            default -> Optional.of(InteractionAnswer.unknownType());
        };
    }

    /** The answer of an interaction {@link #immediate} had none for. */
    public InteractionAnswer recorded(Interaction interaction) {
        Optional<RsvpButton> button = interaction.customId().flatMap(RsvpButton::parse);
        if (button.isPresent()) {
            return rsvp.click(interaction, button.get());
        }
        if (interaction.commandName().filter("event"::equals).isPresent()) {
            return event.answer(interaction);
        }
        return immediate(interaction).orElseGet(InteractionAnswer::unknownType);
    }

    InteractionAnswer roles(Interaction interaction) {
        if (interaction.invokerId() == null) {
            return InteractionAnswer.ephemeral(NO_INVOKER);
        }
        return InteractionAnswer.ephemeral("Set your roles and positions on your Pickban profile: " + profileLink(siteUrl,
                interaction.invokerId()));
    }

    static String profileLink(String siteUrl, String discordId) {
        return siteUrl.strip().replaceAll("/+$", "") + "/profile?discord_id=" + discordId;
    }
}
