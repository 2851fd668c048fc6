package gg.pickban.discord.control;

import gg.pickban.discord.entity.EventTemplate;
import gg.pickban.discord.entity.Occurrence;
import gg.pickban.discord.entity.Rsvp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A click on an RSVP button, in one transaction that first locks the clicked occurrence: clicks on
 * one announcement take turns, so two users (or one user clicking twice) can never both insert, and
 * the redrawn announcement shows exactly what is committed with it. The click counts once however
 * often Discord delivers it.
 */
@ApplicationScoped
public class RsvpClicks {

    static final String CLOSED = "This announcement no longer takes answers. Thanks for clicking anyway!";
    static final String INCOMPLETE = "Sorry, Discord did not say who clicked which message; nothing was recorded.";

    @PersistenceContext
    EntityManager em;

    @Inject
    InteractionReceipts receipts;

    @Inject
    Clock clock;

    @Transactional
    public InteractionAnswer click(Interaction interaction, RsvpButton button) {
        if (interaction.id() == null || interaction.invokerId() == null || interaction.messageId() == null) {
            return InteractionAnswer.ephemeral(INCOMPLETE);
        }
        Occurrence occurrence = em.createNamedQuery(Occurrence.BY_MESSAGE, Occurrence.class)
                .setParameter("messageId", interaction.messageId()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (occurrence == null || occurrence.scheduledEvent().id() != button.eventId()) {
            return InteractionAnswer.ephemeral(CLOSED);
        }
        List<Rsvp> answers = answers(occurrence);
        Instant now = clock.instant();
        if (receipts.firstDelivery(interaction.id(), now)) {
            apply(occurrence, answers, interaction, button.status(), now);
            em.flush();
            answers = answers(occurrence);
        }
        EventTemplate template = occurrence.scheduledEvent().template();
        return InteractionAnswer.updateMessage(AnnouncementMessage.of(button.eventId(), template.title(), template.description(),
                template.colorValue(), RsvpTally.of(answers)));
    }

    private void apply(Occurrence occurrence, List<Rsvp> answers, Interaction interaction, String clicked, Instant now) {
        Rsvp mine = answers.stream().filter(a -> a.discordUserId().equals(interaction.invokerId())).findFirst().orElse(null);
        String name = interaction.invokerName() == null ? interaction.invokerId() : interaction.invokerName();
        Rsvp.afterClick(mine == null ? null : mine.status(), clicked).ifPresentOrElse(status -> {
            if (mine == null) {
                em.persist(new Rsvp(occurrence, interaction.invokerId(), name, status, now));
            } else {
                mine.answer(status, name, now);
            }
        }, () -> em.remove(mine));
    }

    private List<Rsvp> answers(Occurrence occurrence) {
        return em.createNamedQuery(Rsvp.OF_OCCURRENCE, Rsvp.class).setParameter("occurrence", occurrence).getResultList();
    }
}
