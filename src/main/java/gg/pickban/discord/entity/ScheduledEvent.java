package gg.pickban.discord.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A template due for posting at {@code next_post_at}, once or weekly (docs/rules.md §8.4). Each slot is
 * posted at most once: an instance first claims the slot for a short lease (so no other instance
 * posts it meanwhile), then records the posting, which moves a weekly event to its first future
 * slot — missed weeks are skipped, not posted one by one (docs/decisions.md D45) — and retires a one-off.
 */
@Entity
@Table(name = "discord_scheduled_event")
@NamedQuery(name = ScheduledEvent.DUE, query = "SELECT e FROM ScheduledEvent e JOIN FETCH e.template"
        + " WHERE e.active = TRUE AND e.nextPostAt <= :now ORDER BY e.nextPostAt, e.id")
public class ScheduledEvent {

    public static final String DUE = "ScheduledEvent.due";
    static final Duration WEEK = Duration.ofDays(7);

    @Id
    @SequenceGenerator(name = "discord_scheduled_event_seq", sequenceName = "discord_scheduled_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discord_scheduled_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private EventTemplate template;

    @Column(name = "is_recurring", nullable = false)
    private boolean recurring;

    /** 0 = Monday … 6 = Sunday; informational, {@link #nextPostAt} drives posting. */
    @Column(name = "day_of_week")
    private Integer dayOfWeek;

    @Column(name = "time_of_day")
    private LocalTime timeOfDay;

    @Column(name = "next_post_at", nullable = false)
    private Instant nextPostAt;

    @Column(name = "discord_event_id", length = 20)
    private String discordEventId;

    /** The most recent posting's message; every posting's is kept in its {@link Occurrence}. */
    @Column(name = "discord_message_id", length = 20)
    private String discordMessageId;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Until when an instance that is posting the current slot holds it. */
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Version
    private long version;

    protected ScheduledEvent() {
    }

    public ScheduledEvent(EventTemplate template, Instant nextPostAt, boolean recurring, Instant now) {
        this.template = template;
        this.createdAt = now;
        schedule(nextPostAt, recurring);
    }

    /**
     * Posts {@code template} at {@code nextPostAt}, then weekly or never again; the event is active
     * from now on. A claim an instance holds on the old slot no longer keeps the new one waiting:
     * that instance's posting is recorded as an occurrence, but it moves the schedule no more.
     */
    public void reschedule(EventTemplate template, Instant nextPostAt, boolean recurring) {
        this.template = template;
        this.active = true;
        this.claimedUntil = null;
        schedule(nextPostAt, recurring);
    }

    /** A weekly event's day and time (UTC) are those of its slot; a one-off has none. */
    private void schedule(Instant nextPostAt, boolean recurring) {
        this.nextPostAt = nextPostAt;
        this.recurring = recurring;
        ZonedDateTime slot = nextPostAt.atZone(ZoneOffset.UTC);
        this.dayOfWeek = recurring ? slot.getDayOfWeek().getValue() - 1 : null;
        this.timeOfDay = recurring ? slot.toLocalTime().withNano(0) : null;
    }

    /** Nothing more is posted; postings made so far keep their occurrences. */
    public void deactivate() {
        active = false;
        claimedUntil = null;
    }

    /** The first weekly slot after {@code slot} ({@code slot} + k × 7 days, k ≥ 1) that lies after {@code now}. */
    public static Instant firstWeeklySlotAfter(Instant slot, Instant now) {
        long weeks = 1;
        if (now.isAfter(slot)) {
            weeks = Math.max(1, Duration.between(slot, now).dividedBy(WEEK) + 1);
        }
        return slot.plus(WEEK.multipliedBy(weeks));
    }

    public boolean isDue(Instant now) {
        return active && !nextPostAt.isAfter(now);
    }

    /**
     * Takes the due {@code slot} for posting until {@code now + lease}. False when the slot is not
     * (or no longer) due, or another instance holds an unexpired claim on it.
     */
    public boolean claim(Instant slot, Instant now, Duration lease) {
        if (!isDue(now) || !nextPostAt.equals(slot) || (claimedUntil != null && claimedUntil.isAfter(now))) {
            return false;
        }
        claimedUntil = now.plus(lease);
        return true;
    }

    /** Posting failed: the slot stays due, free for the next run. */
    public void release(Instant slot) {
        if (nextPostAt.equals(slot)) {
            claimedUntil = null;
        }
    }

    /**
     * Records that {@code slot} went out as {@code messageId}. The occurrence is kept whatever
     * happened meanwhile; the schedule moves on only if it still stands at that slot.
     */
    public Occurrence posted(Instant slot, String channelId, String messageId, Instant now) {
        if (active && nextPostAt.equals(slot)) {
            discordMessageId = messageId;
            claimedUntil = null;
            if (recurring) {
                nextPostAt = firstWeeklySlotAfter(slot, now);
            } else {
                active = false;
            }
        }
        return new Occurrence(this, now, channelId, messageId);
    }

    public Long id() {
        return id;
    }

    public EventTemplate template() {
        return template;
    }

    public boolean isRecurring() {
        return recurring;
    }

    public Integer dayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime timeOfDay() {
        return timeOfDay;
    }

    public Instant nextPostAt() {
        return nextPostAt;
    }

    public String discordEventId() {
        return discordEventId;
    }

    public String discordMessageId() {
        return discordMessageId;
    }

    public boolean isActive() {
        return active;
    }

    public Instant claimedUntil() {
        return claimedUntil;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
