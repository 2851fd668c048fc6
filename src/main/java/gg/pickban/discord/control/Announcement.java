package gg.pickban.discord.control;

/**
 * What one scheduled posting says (discord.md §6.2). {@code nonce} names the slot, so Discord
 * itself refuses a second message for it should a posting ever be retried after it went out.
 */
public record Announcement(String channelId, String title, String description, int color, String nonce) {

    public static final String RSVP_FOOTER = "React: ✅ Yes | ❓ Maybe | ❌ No";
}
