package gg.pickban.identity.control;

import java.time.Instant;

/**
 * A Discord account as the OAuth login reports it ({@code GET /users/@me}) with the tokens that
 * came with it. {@code avatar} is the hash (null without a custom avatar); {@code tokenExpiresAt}
 * is null when Discord gave no lifetime.
 */
public record DiscordAccount(String id, String username, String globalName, String avatar,
        String accessToken, String refreshToken, Instant tokenExpiresAt) {

    /** Tokens stay out of logs and exception messages. */
    @Override
    public String toString() {
        return "DiscordAccount[id=" + id + ", username=" + username + "]";
    }
}
