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
import java.time.Instant;

/**
 * One posting of a scheduled event (docs/decisions.md D45): its own Discord message, so the RSVPs given on that
 * message stay with it when the event is posted again next week.
 */
@Entity
@Table(name = "discord_occurrence")
@NamedQuery(name = Occurrence.BY_MESSAGE, query = "SELECT o FROM Occurrence o WHERE o.discordMessageId = :messageId")
public class Occurrence {

    public static final String BY_MESSAGE = "Occurrence.byMessage";

    @Id
    @SequenceGenerator(name = "discord_occurrence_seq", sequenceName = "discord_occurrence_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discord_occurrence_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheduled_event_id")
    private ScheduledEvent scheduledEvent;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "channel_id", nullable = false, length = 20)
    private String channelId;

    @Column(name = "discord_message_id", nullable = false, unique = true, length = 20)
    private String discordMessageId;

    protected Occurrence() {
    }

    Occurrence(ScheduledEvent scheduledEvent, Instant postedAt, String channelId, String discordMessageId) {
        this.scheduledEvent = scheduledEvent;
        this.postedAt = postedAt;
        this.channelId = channelId;
        this.discordMessageId = discordMessageId;
    }

    public Long id() {
        return id;
    }

    public ScheduledEvent scheduledEvent() {
        return scheduledEvent;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public String channelId() {
        return channelId;
    }

    public String discordMessageId() {
        return discordMessageId;
    }
}
