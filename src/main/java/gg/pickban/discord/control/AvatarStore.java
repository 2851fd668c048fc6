package gg.pickban.discord.control;

import gg.pickban.discord.control.AvatarRotation.Candidate;
import gg.pickban.identity.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The short transactions around an avatar check; the Discord calls happen between them, outside any. */
@ApplicationScoped
public class AvatarStore {

    @PersistenceContext
    EntityManager em;

    /** Users the batch may check: a Discord id and a non-empty hash. Two columns per user, fetched at once. */
    @Transactional
    public List<Candidate> batchCandidates() {
        return em.createQuery("SELECT u.id, u.avatarCheckedAt FROM User u WHERE u.discordId IS NOT NULL"
                        + " AND u.discordId <> '' AND u.avatar IS NOT NULL AND u.avatar <> ''", Object[].class)
                .getResultStream().map(row -> new Candidate(((Number) row[0]).longValue(), instant(row[1]))).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    /** A page of users with a Discord id, by pk, after {@code afterId}. */
    @Transactional
    public List<Long> withDiscordId(long afterId, int size) {
        return em.createQuery("SELECT u.id FROM User u WHERE u.discordId IS NOT NULL AND u.discordId <> ''"
                        + " AND u.id > :after ORDER BY u.id", Long.class)
                .setParameter("after", afterId).setMaxResults(size).getResultList();
    }

    /** Records the check time first and reads what it needs. Empty: the user is gone. */
    @Transactional
    public Optional<AvatarSubject> startCheck(long userId, Instant now) {
        User user = em.find(User.class, userId);
        if (user == null) {
            return Optional.empty();
        }
        user.recordAvatarCheck(now);
        return Optional.of(new AvatarSubject(userId, user.discordId(), user.avatar(), user.avatarUrl()));
    }

    /** Saves Discord's current hash, only that field. @return false when the user is gone meanwhile */
    @Transactional
    public boolean saveAvatar(long userId, String avatar) {
        User user = em.find(User.class, userId);
        if (user == null) {
            return false;
        }
        user.changeAvatar(avatar);
        return true;
    }
}
