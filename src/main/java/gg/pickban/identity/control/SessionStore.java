package gg.pickban.identity.control;

import gg.pickban.identity.entity.LoginSession;
import gg.pickban.identity.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Login sessions in the database, where every instance sees them and a restart keeps them. Every
 * login gets a fresh session key and a fresh CSRF token (docs/api.md §4).
 */
@ApplicationScoped
public class SessionStore {

    private static final char[] ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A new session for the user, in its own transaction so it is visible before the response leaves. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Login open(long userId) {
        User user = em.getReference(User.class, userId);
        LoginSession session = new LoginSession(randomToken(32), user, clock.instant());
        em.persist(session);
        return new Login(session.key(), randomToken(32));
    }

    /** The live session's user, detached; unknown or expired keys simply mean anonymous. */
    public Optional<User> userOf(String sessionKey) {
        if (sessionKey == null || sessionKey.isEmpty() || sessionKey.length() > 64) {
            return Optional.empty();
        }
        return em.createNamedQuery(LoginSession.WITH_USER, LoginSession.class).setParameter("key", sessionKey)
                .getResultStream().filter(session -> session.isLive(clock.instant())).map(LoginSession::user).findFirst();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void close(String sessionKey) {
        Optional.ofNullable(em.find(LoginSession.class, sessionKey)).ifPresent(em::remove);
    }

    @Transactional
    public int purgeExpired(Instant now) {
        return em.createNamedQuery(LoginSession.DELETE_EXPIRED).setParameter("now", now).executeUpdate();
    }

    static String randomToken(int length) {
        char[] token = new char[length];
        for (int i = 0; i < length; i++) {
            token[i] = ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)];
        }
        return new String(token);
    }

    /** What a login hands to the browser: the session cookie and the CSRF cookie values. */
    public record Login(String sessionKey, String csrfToken) {
    }
}
