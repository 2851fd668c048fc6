package gg.pickban.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A logged-in browser: the {@code sessionid} cookie names it; it lives two weeks (docs/api.md §4). */
@Entity
@Table(name = "login_session")
@NamedQuery(name = LoginSession.DELETE_EXPIRED, query = "DELETE FROM LoginSession s WHERE s.expiresAt <= :now")
@NamedQuery(name = LoginSession.WITH_USER, query = "SELECT s FROM LoginSession s JOIN FETCH s.user WHERE s.key = :key")
public class LoginSession {

    public static final String DELETE_EXPIRED = "LoginSession.deleteExpired";
    public static final String WITH_USER = "LoginSession.withUser";
    public static final Duration LIFETIME = Duration.ofDays(14);

    @Id
    @Column(name = "session_key")
    private String key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected LoginSession() {
    }

    public LoginSession(String key, User user, Instant now) {
        this.key = key;
        this.user = user;
        this.createdAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    public boolean isLive(Instant now) {
        return expiresAt.isAfter(now);
    }

    public String key() {
        return key;
    }

    public User user() {
        return user;
    }
}
