package gg.pickban.identity.control;

import gg.pickban.identity.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who a Discord login signs in (docs/decisions.md D14): the user linked to the Discord id,
 * else the one whose username is the Discord username, else the first (lowest pk) whose stored
 * Discord username is it, else a new user. Steps two and three skip users linked to another
 * Discord account: Discord names are reused once freed, and a name must never hand over someone
 * else's account. The Discord name becomes the username unless someone else holds it; a new user
 * then gets {@code <name>_<last 4 digits of the id>}.
 */
@ApplicationScoped
public class DiscordSignIn {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** @return the signed-in user's id, committed before the login session is opened */
    @Transactional
    public long signIn(DiscordAccount account) {
        return signedInUser(account).id();
    }

    User signedInUser(DiscordAccount account) {
        String id = account.id();
        String name = account.username();
        Optional<User> nameHolder = withUsername(name);
        User user = withDiscordId(id)
                .or(() -> nameHolder.filter(DiscordSignIn::unlinked))
                .or(() -> withDiscordUsername(name).filter(DiscordSignIn::unlinked).findFirst())
                .orElseGet(() -> add(User.fromDiscord(
                        usernameForNewUser(name, id, nameHolder.isPresent()), id, name, clock.instant())));
        if (nameHolder.isEmpty()) {
            user.rename(name);
        }
        user.linkDiscord(id, name, account.avatar());
        user.storeDiscordTokens(account.accessToken(), account.refreshToken(), account.tokenExpiresAt());
        return user;
    }

    private static boolean unlinked(User user) {
        return user.discordId() == null;
    }

    static String usernameForNewUser(String discordUsername, String discordId, boolean taken) {
        return taken ? discordUsername + "_" + discordId.substring(Math.max(0, discordId.length() - 4)) : discordUsername;
    }

    Optional<User> withDiscordId(String discordId) {
        return em.createNamedQuery(User.BY_DISCORD_ID, User.class).setParameter("discordId", discordId)
                .getResultStream().findFirst();
    }

    Optional<User> withUsername(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** Lowest pk first. */
    Stream<User> withDiscordUsername(String discordUsername) {
        return em.createNamedQuery(User.BY_DISCORD_USERNAME, User.class).setParameter("discordUsername", discordUsername)
                .getResultStream();
    }

    User add(User user) {
        em.persist(user);
        return user;
    }
}
