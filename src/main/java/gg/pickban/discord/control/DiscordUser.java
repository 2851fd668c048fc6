package gg.pickban.discord.control;

/** The part of a Discord user object Pickban uses: the id and the current avatar hash (null: default avatar). */
public record DiscordUser(String id, String avatar) {
}
