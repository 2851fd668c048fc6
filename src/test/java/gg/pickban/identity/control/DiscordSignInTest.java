package gg.pickban.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import gg.pickban.identity.entity.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Who a Discord login signs in (docs/decisions.md D14), over an in-memory list of users (list order = pk order). */
class DiscordSignInTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final List<User> users = new ArrayList<>();
    private final DiscordSignIn signIn = new DiscordSignIn() {
        @Override
        Optional<User> withDiscordId(String discordId) {
            return users.stream().filter(u -> discordId.equals(u.discordId())).findFirst();
        }

        @Override
        Optional<User> withUsername(String username) {
            return users.stream().filter(u -> username.equals(u.username())).findFirst();
        }

        @Override
        Stream<User> withDiscordUsername(String discordUsername) {
            return users.stream().filter(u -> discordUsername.equals(u.discordUsername()));
        }

        @Override
        User add(User user) {
            users.add(user);
            return user;
        }
    };

    {
        signIn.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private static DiscordAccount account(String id, String username, String avatar) {
        return new DiscordAccount(id, username, null, avatar, "access", "refresh", NOW.plusSeconds(604800));
    }

    private User user(String username, String discordId, String discordUsername) {
        User user = User.fromDiscord(username, discordId, discordUsername, NOW.minusSeconds(3600));
        users.add(user);
        return user;
    }

    @Test
    void anUnknownAccountBecomesANewUserNamedAfterIt() {
        User created = signIn.signedInUser(account("198686723838689280", "newcomer", "a_f00"));
        assertEquals(List.of(created), users);
        assertEquals("newcomer", created.username());
        assertEquals("198686723838689280", created.discordId());
        assertEquals("newcomer", created.discordUsername());
        assertEquals("a_f00", created.avatar());
        assertEquals(NOW, created.dateJoined());
        assertEquals("access", created.discordAccessToken());
        assertEquals(NOW.plusSeconds(604800), created.discordTokenExpiresAt());
    }

    @Test
    void theLinkedUserWinsOverStoredDiscordUsernamesAndTakesTheNewName() {
        User byDiscordName = user("someone", null, "renamed");
        User linked = user("oldname", "42", "oldname");
        assertSame(linked, signIn.signedInUser(account("42", "renamed", null)));
        assertNull(byDiscordName.discordId());
        assertEquals("renamed", linked.username());
        assertEquals("renamed", linked.discordUsername());
        assertNull(linked.avatar());
    }

    @Test
    void anUnlinkedUserIsFoundByUsernameBeforeStoredDiscordUsername() {
        User byDiscordName = user("someone", null, "alice");
        User byName = user("alice", null, null);
        assertSame(byName, signIn.signedInUser(account("7", "alice", null)));
        assertEquals("7", byName.discordId());
        assertNull(byDiscordName.discordId());
    }

    @Test
    void storedDiscordUsernamesMatchLowestPkFirstAndTheNameIsTakenOver() {
        User first = user("first", null, "bob");
        User second = user("second", null, "bob");
        assertSame(first, signIn.signedInUser(account("8", "bob", null)));
        assertEquals("bob", first.username());
        assertNull(second.discordId());
    }

    @Test
    void aUserLinkedToAnotherDiscordAccountIsNeverMatchedByName() {
        User holder = user("carol", "111", "carol");
        User created = signIn.signedInUser(account("9876543210", "carol", null));
        assertEquals("carol_3210", created.username(), "D14: a new user whose name is taken");
        assertEquals("carol", created.discordUsername());
        assertEquals("111", holder.discordId());
        assertEquals("carol", holder.username());
    }

    @Test
    void anExistingUserKeepsItsUsernameWhenSomeoneElseHoldsTheDiscordName() {
        user("dave", "222", null);
        User linked = user("david", "333", "david");
        signIn.signedInUser(account("333", "dave", "cafe"));
        assertEquals("david", linked.username(), "D14: the existing username is kept");
        assertEquals("dave", linked.discordUsername());
        assertEquals("cafe", linked.avatar());
    }

    @Test
    void shortIdsKeepAllTheirDigits() {
        assertEquals("eve_12", DiscordSignIn.usernameForNewUser("eve", "12", true));
        assertEquals("eve", DiscordSignIn.usernameForNewUser("eve", "12", false));
    }
}
