package gg.pickban.discord.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A Discord user's answer to one occurrence — {@code yes}, {@code maybe} or {@code no}, from the
 * ✅ ❓ ❌ reactions; at most one per user and occurrence. Written by the gateway bot (§6.3).
 */
@Entity
@Table(name = "discord_rsvp")
public class Rsvp {

    public static final String YES = "yes";
    public static final String MAYBE = "maybe";
    public static final String NO = "no";

    @Id
    @SequenceGenerator(name = "discord_rsvp_seq", sequenceName = "discord_rsvp_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discord_rsvp_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "occurrence_id")
    private Occurrence occurrence;

    @Column(name = "discord_user_id", nullable = false, length = 20)
    private String discordUserId;

    @Column(name = "discord_username", nullable = false, length = 100)
    private String discordUsername;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(name = "responded_at", nullable = false)
    private Instant respondedAt;

    protected Rsvp() {
    }

    public Rsvp(Occurrence occurrence, String discordUserId, String discordUsername, String status, Instant now) {
        this.occurrence = occurrence;
        this.discordUserId = discordUserId;
        this.discordUsername = discordUsername;
        answer(status, now);
    }

    /** The reaction that counts is the latest one. */
    public void answer(String status, Instant now) {
        if (!YES.equals(status) && !MAYBE.equals(status) && !NO.equals(status)) {
            throw new IllegalArgumentException("RSVP status must be yes, maybe or no");
        }
        this.status = status;
        this.respondedAt = now;
    }

    public Occurrence occurrence() {
        return occurrence;
    }

    public String discordUserId() {
        return discordUserId;
    }

    public String discordUsername() {
        return discordUsername;
    }

    public String status() {
        return status;
    }

    public Instant respondedAt() {
        return respondedAt;
    }
}
