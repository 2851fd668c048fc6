package gg.pickban.discord.control;

/**
 * Discord answered with an error, did not answer, or asked us to wait longer than we will. The
 * reason is safe to show (a status, "timed out", "rate limited"): it never quotes a token.
 */
public class DiscordUnavailable extends RuntimeException {

    public DiscordUnavailable(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
