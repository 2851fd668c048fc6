package gg.pickban.discord.control;

/** One user as an avatar check found them: Discord id, stored hash and the URL derived from both. */
public record AvatarSubject(long userId, String discordId, String avatar, String avatarUrl) {

    boolean hasDiscordId() {
        return discordId != null && !discordId.isEmpty();
    }

    boolean hasAvatar() {
        return avatar != null && !avatar.isEmpty();
    }
}
