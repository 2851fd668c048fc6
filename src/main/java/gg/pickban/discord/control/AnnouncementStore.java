package gg.pickban.discord.control;

import gg.pickban.discord.entity.EventTemplate;
import gg.pickban.discord.entity.ScheduledEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The short transactions around posting an announcement: read what is due, claim a slot, record
 * the posting or give the slot back. The post itself happens between them, outside any.
 */
@ApplicationScoped
public class AnnouncementStore {

    /** Longer than a post can take with all its retries, short enough that a crashed poster's slot is retried soon. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Transactional
    public List<DueAnnouncement> due(Instant now) {
        return em.createNamedQuery(ScheduledEvent.DUE, ScheduledEvent.class).setParameter("now", now)
                .getResultStream().map(ScheduledEvent.class::cast).map(AnnouncementStore::toDue).toList();
    }

    /**
     * Claims the slot under a row lock, so two instances can never both hold it. @return whether
     * this caller may post it now
     */
    @Transactional
    public boolean claim(long eventId, Instant slot, Instant now) {
        ScheduledEvent event = em.find(ScheduledEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        return event != null && event.claim(slot, now, CLAIM_LEASE);
    }

    @Transactional
    public void release(long eventId, Instant slot) {
        ScheduledEvent event = em.find(ScheduledEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event != null) {
            event.release(slot);
        }
    }

    @Transactional
    public void recordPosting(long eventId, Instant slot, String channelId, String messageId, Instant now) {
        ScheduledEvent event = em.find(ScheduledEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event != null) {
            em.persist(event.posted(slot, channelId, messageId, now));
        }
    }

    private static DueAnnouncement toDue(ScheduledEvent event) {
        EventTemplate template = event.template();
        String nonce = "pb" + event.id() + "-" + event.nextPostAt().getEpochSecond();
        return new DueAnnouncement(event.id(), event.nextPostAt(), new Announcement(event.id(), template.channelId(),
                template.title(), template.description(), template.colorValue(), template.includesRsvp(), nonce));
    }
}
