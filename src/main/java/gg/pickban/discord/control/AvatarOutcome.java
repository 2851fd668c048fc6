package gg.pickban.discord.control;

/** How one check-and-update ended (docs/rules.md §8.1); {@code error} only for FAILED. */
public record AvatarOutcome(Kind kind, String error) {

    public enum Kind { UPDATED, NOT_UPDATED, FAILED }

    static final AvatarOutcome UPDATED = new AvatarOutcome(Kind.UPDATED, null);
    static final AvatarOutcome NOT_UPDATED = new AvatarOutcome(Kind.NOT_UPDATED, null);

    static AvatarOutcome failed(String error) {
        return new AvatarOutcome(Kind.FAILED, error);
    }
}
