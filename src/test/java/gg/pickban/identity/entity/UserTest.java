package gg.pickban.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {

    private static User user(String discordId, String avatar) throws ReflectiveOperationException {
        User user = new User("someone", Instant.EPOCH);
        set(user, "discordId", discordId);
        set(user, "avatar", avatar);
        return user;
    }

    private static void set(User user, String field, Object value) throws ReflectiveOperationException {
        Field f = User.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(user, value);
    }

    @Test
    void noDiscordIdMeansNoAvatarUrl() throws Exception {
        assertNull(user(null, "abc").avatarUrl());
    }

    @Test
    void animatedHashesAreGifsOthersPng() throws Exception {
        assertEquals("https://cdn.discordapp.com/avatars/123/a_f00.gif", user("123", "a_f00").avatarUrl());
        assertEquals("https://cdn.discordapp.com/avatars/123/f00.png", user("123", "f00").avatarUrl());
    }

    @Test
    void withoutHashTheDefaultAvatarIsChosenFromTheId() throws Exception {
        // (198686723838689280 >> 22) % 6 == 47370606383 % 6 == 5
        assertEquals("https://cdn.discordapp.com/embed/avatars/5.png", user("198686723838689280", null).avatarUrl());
        assertEquals("https://cdn.discordapp.com/embed/avatars/5.png", user("198686723838689280", "").avatarUrl());
        assertEquals("https://cdn.discordapp.com/embed/avatars/0.png", user("not-a-number", null).avatarUrl());
    }

    @Test
    void theWorkedExamplesOfDiscordMd() throws Exception {
        assertEquals("https://cdn.discordapp.com/avatars/243497113906970625/a_1b2c.gif",
                user("243497113906970625", "a_1b2c").avatarUrl());
        // (100000000000000004 >> 22) mod 6 = 23841857910 mod 6 = 0
        assertEquals("https://cdn.discordapp.com/embed/avatars/0.png", user("100000000000000004", null).avatarUrl());
    }

    @Test
    void linkingSteamStoresTheAccountId() {
        User user = new User("someone", Instant.EPOCH);
        user.linkSteam(76561198000000042L);
        assertEquals(39734314L, user.steamAccountId());
        user.linkSteam(null);
        assertNull(user.steamAccountId());
    }
}
