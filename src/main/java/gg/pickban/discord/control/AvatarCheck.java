package gg.pickban.discord.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Check-and-update of one user (docs/rules.md §8.1): a stored hash the CDN still serves is kept;
 * otherwise Discord is asked for the current one, which is saved if it differs. Read, call, write:
 * no transaction is open while Discord is being asked.
 */
@ApplicationScoped
public class AvatarCheck {

    @Inject
    AvatarStore store;

    @Inject
    DiscordCdn cdn;

    @Inject
    DiscordApi discord;

    @Inject
    Clock clock;

    public AvatarOutcome checkAndUpdate(long userId) {
        Optional<AvatarSubject> found = store.startCheck(userId, clock.instant());
        if (found.isEmpty() || !found.get().hasDiscordId()) {
            return AvatarOutcome.NOT_UPDATED;
        }
        AvatarSubject user = found.get();
        if (user.hasAvatar() && cdn.exists(user.avatarUrl())) {
            return AvatarOutcome.NOT_UPDATED;
        }
        return fetch(user);
    }

    private AvatarOutcome fetch(AvatarSubject user) {
        if (!discord.botConfigured()) {
            return AvatarOutcome.NOT_UPDATED;
        }
        DiscordUser current;
        try {
            current = discord.user(user.discordId());
        } catch (DiscordUnavailable e) {
            return AvatarOutcome.failed("user " + user.userId() + ": " + e.reason());
        }
        if (Objects.equals(current.avatar(), user.avatar())) {
            return AvatarOutcome.NOT_UPDATED;
        }
        return store.saveAvatar(user.userId(), current.avatar()) ? AvatarOutcome.UPDATED : AvatarOutcome.NOT_UPDATED;
    }
}
