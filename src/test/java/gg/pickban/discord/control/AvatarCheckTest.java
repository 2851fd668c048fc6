package gg.pickban.discord.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.discord.control.AvatarOutcome.Kind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The check-and-update decision tree (docs/rules.md §8.1), against stand-ins for the database, the CDN and Discord. */
class AvatarCheckTest {

    private static final Instant NOW = Instant.parse("2026-01-21T18:00:00Z");

    private final List<String> calls = new ArrayList<>();
    private AvatarSubject stored;
    private boolean cdnHasIt;
    private boolean botConfigured = true;
    private DiscordUser discordSays;
    private DiscordUnavailable discordFails;
    private String saved;

    private AvatarCheck check() {
        AvatarCheck check = new AvatarCheck();
        check.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        check.store = new AvatarStore() {
            @Override
            public Optional<AvatarSubject> startCheck(long userId, Instant now) {
                calls.add("record check " + userId + " at " + now);
                return Optional.ofNullable(stored);
            }

            @Override
            public boolean saveAvatar(long userId, String avatar) {
                calls.add("save " + avatar);
                saved = avatar;
                return true;
            }
        };
        check.cdn = new DiscordCdn() {
            @Override
            public boolean exists(String avatarUrl) {
                calls.add("HEAD " + avatarUrl);
                return cdnHasIt;
            }
        };
        check.discord = new DiscordApi() {
            @Override
            public boolean botConfigured() {
                return botConfigured;
            }

            @Override
            public DiscordUser user(String discordId) {
                calls.add("GET users/" + discordId);
                if (discordFails != null) {
                    throw discordFails;
                }
                return discordSays;
            }
        };
        return check;
    }

    private static AvatarSubject user(String discordId, String avatar) {
        String url = avatar == null ? "https://cdn.discordapp.com/embed/avatars/0.png"
                : "https://cdn.discordapp.com/avatars/" + discordId + "/" + avatar + ".png";
        return new AvatarSubject(7, discordId, avatar, url);
    }

    @Test
    void aHashTheCdnStillServesIsKeptWithoutAskingDiscord() {
        stored = user("243497113906970625", "abc");
        cdnHasIt = true;
        assertEquals(Kind.NOT_UPDATED, check().checkAndUpdate(7).kind());
        assertEquals(List.of("record check 7 at " + NOW, "HEAD https://cdn.discordapp.com/avatars/243497113906970625/abc.png"), calls);
    }

    @Test
    void aHashTheCdnLostIsReplacedByDiscordsCurrentOne() {
        stored = user("243497113906970625", "old");
        discordSays = new DiscordUser("243497113906970625", "a_new");
        assertEquals(Kind.UPDATED, check().checkAndUpdate(7).kind());
        assertEquals("a_new", saved);
        assertEquals("GET users/243497113906970625", calls.get(2));
    }

    @Test
    void aUserWhoDroppedTheirAvatarGetsNull() {
        stored = user("243497113906970625", "old");
        discordSays = new DiscordUser("243497113906970625", null);
        assertEquals(Kind.UPDATED, check().checkAndUpdate(7).kind());
        assertNull(saved);
        assertTrue(calls.contains("save null"));
    }

    @Test
    void withoutAStoredHashDiscordIsAskedAtOnce() {
        stored = user("243497113906970625", null);
        discordSays = new DiscordUser("243497113906970625", "fresh");
        assertEquals(Kind.UPDATED, check().checkAndUpdate(7).kind());
        assertEquals(List.of("record check 7 at " + NOW, "GET users/243497113906970625", "save fresh"), calls);
    }

    @Test
    void theSameHashIsNotSavedAgain() {
        stored = user("243497113906970625", "same");
        discordSays = new DiscordUser("243497113906970625", "same");
        assertEquals(Kind.NOT_UPDATED, check().checkAndUpdate(7).kind());
        assertTrue(calls.stream().noneMatch(c -> c.startsWith("save")));
    }

    @Test
    void aDiscordFailureCountsAsFailedAndChangesNothing() {
        stored = user("243497113906970625", "old");
        discordFails = new DiscordUnavailable("HTTP 503");
        AvatarOutcome outcome = check().checkAndUpdate(7);
        assertEquals(Kind.FAILED, outcome.kind());
        assertEquals("user 7: HTTP 503", outcome.error());
        assertTrue(calls.stream().noneMatch(c -> c.startsWith("save")));
    }

    @Test
    void noDiscordIdOrNoBotTokenMeansNoDiscordCall() {
        stored = new AvatarSubject(7, null, "abc", null);
        assertEquals(Kind.NOT_UPDATED, check().checkAndUpdate(7).kind());
        assertEquals(List.of("record check 7 at " + NOW), calls, "the check is still recorded, for the rotation");

        calls.clear();
        stored = user("243497113906970625", "old");
        botConfigured = false;
        assertEquals(Kind.NOT_UPDATED, check().checkAndUpdate(7).kind());
        assertTrue(calls.stream().noneMatch(c -> c.startsWith("GET")));
    }

    @Test
    void aUserDeletedMeanwhileIsSimplySkipped() {
        assertEquals(Kind.NOT_UPDATED, check().checkAndUpdate(7).kind());
    }
}
