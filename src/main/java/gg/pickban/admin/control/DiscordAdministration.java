package gg.pickban.admin.control;

import gg.pickban.admin.entity.AuditedObject;
import gg.pickban.discord.control.RsvpTally;
import gg.pickban.discord.entity.EventTemplate;
import gg.pickban.discord.entity.Occurrence;
import gg.pickban.discord.entity.Rsvp;
import gg.pickban.discord.entity.ScheduledEvent;
import gg.pickban.identity.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Discord templates and scheduled events as staff manage them on the staff site, each change
 * audited. A scheduled event is written under its row lock, the lock the scheduler takes to claim
 * and record a posting, so an edit and a posting never overwrite each other.
 */
@ApplicationScoped
public class DiscordAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Optional<EventTemplate> template(long id) {
        return Optional.ofNullable(em.find(EventTemplate.class, id));
    }

    /** The templates a new or edited event may post, by name (plus the event's own, even if retired). */
    public List<EventTemplate> activeTemplates() {
        return em.createQuery("SELECT t FROM EventTemplate t WHERE t.active = TRUE ORDER BY t.name, t.id", EventTemplate.class)
                .getResultList();
    }

    @Transactional
    public long createTemplate(User actor, EventTemplate.Content content) {
        EventTemplate template = EventTemplate.of(content, em.getReference(User.class, actor.id()), clock.instant());
        em.persist(template);
        em.flush();
        audit.record(actor, object(template), "create", null, snapshot(template));
        return template.id();
    }

    @Transactional
    public boolean updateTemplate(User actor, long id, EventTemplate.Content content) {
        EventTemplate template = em.find(EventTemplate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (template == null) {
            return false;
        }
        Snapshot before = snapshot(template);
        template.revise(content, clock.instant());
        auditChange(actor, object(template), "change", before, snapshot(template));
        return true;
    }

    /** Retiring a template deactivates its active scheduled events too (each audited). */
    @Transactional
    public boolean retireTemplate(User actor, long id, boolean retire) {
        EventTemplate template = em.find(EventTemplate.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (template == null) {
            return false;
        }
        Snapshot before = snapshot(template);
        if (retire) {
            template.retire(clock.instant());
            em.createQuery("SELECT e FROM ScheduledEvent e WHERE e.template = :template AND e.active = TRUE ORDER BY e.id",
                    ScheduledEvent.class).setParameter("template", template).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().forEach(event -> {
                        Snapshot was = snapshot(event);
                        event.deactivate();
                        audit.record(actor, object(event), "deactivate", was, snapshot(event));
                    });
        } else {
            template.reinstate(clock.instant());
        }
        auditChange(actor, object(template), retire ? "deactivate" : "activate", before, snapshot(template));
        return true;
    }

    public Optional<ScheduledEvent> event(long id) {
        return em.createQuery("SELECT e FROM ScheduledEvent e JOIN FETCH e.template WHERE e.id = :id", ScheduledEvent.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** @throws IllegalArgumentException when the template does not exist or is retired */
    @Transactional
    public long createEvent(User actor, long templateId, Instant firstPostAt, boolean weekly) {
        EventTemplate template = usable(templateId, null);
        ScheduledEvent event = new ScheduledEvent(template, firstPostAt, weekly, clock.instant());
        em.persist(event);
        em.flush();
        audit.record(actor, object(event), "create", null, snapshot(event));
        return event.id();
    }

    @Transactional
    public boolean updateEvent(User actor, long id, long templateId, Instant nextPostAt, boolean weekly) {
        ScheduledEvent event = em.find(ScheduledEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            return false;
        }
        Snapshot before = snapshot(event);
        event.reschedule(usable(templateId, event.template()), nextPostAt, weekly);
        auditChange(actor, object(event), "change", before, snapshot(event));
        return true;
    }

    @Transactional
    public boolean deactivateEvent(User actor, long id) {
        ScheduledEvent event = em.find(ScheduledEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            return false;
        }
        Snapshot before = snapshot(event);
        event.deactivate();
        auditChange(actor, object(event), "deactivate", before, snapshot(event));
        return true;
    }

    /**
     * "Post now": a one-off of the event's template, due at once, so the scheduler posts it through
     * its usual claim (the event's own schedule stays as it is). @return the one-off's id, empty
     * when there is no such event
     */
    @Transactional
    public Optional<Long> postNow(User actor, long id) {
        ScheduledEvent event = em.find(ScheduledEvent.class, id);
        if (event == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ScheduledEvent once = new ScheduledEvent(event.template(), now, false, now);
        em.persist(once);
        em.flush();
        audit.record(actor, object(once), "post_now", null, snapshot(once).with("posted_for_event", event.id()));
        return Optional.of(once.id());
    }

    public Optional<OccurrenceView> occurrence(long id) {
        List<Occurrence> found = em.createQuery("SELECT o FROM Occurrence o JOIN FETCH o.scheduledEvent e JOIN FETCH e.template"
                + " WHERE o.id = :id", Occurrence.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Occurrence o = found.get(0);
        RsvpTally tally = RsvpTally.of(em.createNamedQuery(Rsvp.OF_OCCURRENCE, Rsvp.class).setParameter("occurrence", o)
                .getResultList());
        OccurrenceRow row = new OccurrenceRow(o.id(), o.scheduledEvent().id(), o.scheduledEvent().template().name(),
                o.postedAt(), o.channelId(), o.discordMessageId(), tally.yes().size(), tally.maybe().size(), tally.no().size());
        return Optional.of(new OccurrenceView(row, tally.yes(), tally.maybe(), tally.no()));
    }

    /** The chosen template, which must be active unless it is the one the event already posts. */
    private EventTemplate usable(long templateId, EventTemplate current) {
        EventTemplate template = em.find(EventTemplate.class, templateId);
        if (template == null || (!template.isActive() && template != current)) {
            throw new IllegalArgumentException("Choose an active template.");
        }
        return template;
    }

    private void auditChange(User actor, AuditedObject object, String action, Snapshot before, Snapshot after) {
        if (!before.json().equals(after.json())) {
            audit.record(actor, object, action, before, after);
        }
    }

    static AuditedObject object(EventTemplate template) {
        return AuditedObject.of(AuditedObject.EVENT_TEMPLATE, template.id(), template.name());
    }

    static AuditedObject object(ScheduledEvent event) {
        return AuditedObject.of(AuditedObject.SCHEDULED_EVENT, event.id(), event.template().name()
                + (event.isRecurring() ? " (weekly)" : " (once)"));
    }

    static Snapshot snapshot(EventTemplate template) {
        return new Snapshot().with("name", template.name()).with("template_type", template.templateType())
                .with("title", template.title()).with("description", template.description()).with("color", template.color())
                .with("channel_id", template.channelId()).with("include_rsvp", template.includesRsvp())
                .with("is_active", template.isActive());
    }

    static Snapshot snapshot(ScheduledEvent event) {
        return new Snapshot().with("template", event.template().id()).with("is_recurring", event.isRecurring())
                .with("next_post_at", event.nextPostAt()).with("is_active", event.isActive());
    }
}
