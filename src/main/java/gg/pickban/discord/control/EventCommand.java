package gg.pickban.discord.control;

import gg.pickban.discord.entity.EventTemplate;
import gg.pickban.discord.entity.ScheduledEvent;
import gg.pickban.identity.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /event name description}: site staff (an active user with this Discord id and the staff or
 * superuser flag) schedule an announcement with RSVP in the channel they typed it in, due at once, so
 * the next scheduler run posts it. Everyone else is told no; nothing is written for them.
 */
@ApplicationScoped
public class EventCommand {

    static final int NAME_LIMIT = 100;
    static final int DESCRIPTION_LIMIT = 4000;
    static final String REFUSED = "Sorry, only Pickban staff can schedule events.";
    static final String INCOMPLETE = "Sorry, /event needs a name (up to " + NAME_LIMIT + " characters) and a description"
            + " (up to " + DESCRIPTION_LIMIT + "), typed in a server channel.";
    static final String ALREADY = "That /event was already scheduled.";

    /** The command's options, checked. */
    public record Request(String name, String description, String channelId) {

        public static Optional<Request> of(Interaction interaction) {
            String name = interaction.stringOption("name").map(String::strip).orElse("");
            String description = interaction.stringOption("description").map(String::strip).orElse("");
            if (name.isEmpty() || name.length() > NAME_LIMIT || description.isEmpty() || description.length() > DESCRIPTION_LIMIT
                    || interaction.channelId() == null || interaction.id() == null) {
                return Optional.empty();
            }
            return Optional.of(new Request(name, description, interaction.channelId()));
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    InteractionReceipts receipts;

    @Inject
    Clock clock;

    @Transactional
    public InteractionAnswer answer(Interaction interaction) {
        Optional<User> staff = staff(interaction.invokerId());
        if (staff.isEmpty()) {
            return InteractionAnswer.ephemeral(REFUSED);
        }
        Optional<Request> request = Request.of(interaction);
        if (request.isEmpty()) {
            return InteractionAnswer.ephemeral(INCOMPLETE);
        }
        Instant now = clock.instant();
        if (!receipts.firstDelivery(interaction.id(), now)) {
            return InteractionAnswer.ephemeral(ALREADY);
        }
        Request event = request.get();
        EventTemplate template = EventTemplate.fromCommand(event.name(), event.description(), event.channelId(), staff.get(), now);
        em.persist(template);
        em.persist(new ScheduledEvent(template, now, false, now));
        return InteractionAnswer.ephemeral("Scheduled **" + RsvpTally.escape(event.name()) + "** for <#" + event.channelId()
                + ">: it is posted here within a minute, with RSVP buttons.");
    }

    private Optional<User> staff(String discordId) {
        if (discordId == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(User.BY_DISCORD_ID, User.class).setParameter("discordId", discordId).getResultStream()
                .filter(user -> user.isActive() && (user.isStaff() || user.isSuperuser())).findFirst();
    }
}
