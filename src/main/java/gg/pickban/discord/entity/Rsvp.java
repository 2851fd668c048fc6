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
import java.util.Optional;

/**
 * A Discord user's answer to one occurrence — {@code yes}, {@code maybe} or {@code no}, given with
 * the ✅ ❓ ❌ buttons under the announcement; at most one per user and occurrence.
 */
@Entity
@Table(name = "discord_rsvp")
@NamedQuery(name = Rsvp.OF_OCCURRENCE, query = "SELECT r FROM Rsvp r WHERE r.occurrence = :occurrence ORDER BY r.respondedAt, r.id")
public class Rsvp {

    public static final String OF_OCCURRENCE = "Rsvp.ofOccurrence";

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
        answer(status, discordUsername, now);
    }

    public static boolean isStatus(String status) {
        return YES.equals(status) || MAYBE.equals(status) || NO.equals(status);
    }

    /**
     * Clicking the answer one already gave takes it back; any other click becomes the answer.
     * {@code current} is null when the user has not answered. @return the answer after the click,
     * empty when it was taken back
     */
    public static Optional<String> afterClick(String current, String clicked) {
        if (!isStatus(clicked)) {
            throw new IllegalArgumentException("RSVP status must be yes, maybe or no");
        }
        return clicked.equals(current) ? Optional.empty() : Optional.of(clicked);
    }

    /** The latest answer counts, under the name the user goes by now (at most 100 characters). */
    public void answer(String status, String discordUsername, Instant now) {
        if (!isStatus(status)) {
            throw new IllegalArgumentException("RSVP status must be yes, maybe or no");
        }
        this.status = status;
        this.discordUsername = discordUsername.length() > 100 ? discordUsername.substring(0, 100) : discordUsername;
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
