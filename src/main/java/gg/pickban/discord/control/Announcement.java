package gg.pickban.discord.control;

/**
 * What one scheduled posting says (docs/rules.md §8.4), and whether it takes RSVPs (then it carries
 * the buttons, keyed on {@code eventId}). {@code nonce} names the slot, so Discord itself refuses a
 * second message for it should a posting ever be retried after it went out.
 */
public record Announcement(long eventId, String channelId, String title, String description, int color,
        boolean includesRsvp, String nonce) {
}
