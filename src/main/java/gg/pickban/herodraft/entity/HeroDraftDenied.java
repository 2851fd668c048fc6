package gg.pickban.herodraft.entity;

/** The caller may not take this action in this draft (docs/rules.md §2.3, §5); the message is the contract's text. */
public class HeroDraftDenied extends RuntimeException {

    public static final String NOT_A_CAPTAIN = "You are not a captain in this draft";
    public static final String ABANDON = "You are not authorized to abandon this draft";
    public static final String PAUSE = "You are not authorized to pause this draft";
    public static final String RESUME = "You are not authorized to resume this draft";
    public static final String RESET = "Only admins can reset a draft";
    public static final String WINNER_FIRST = "Roll winner must choose first";

    public HeroDraftDenied(String message) {
        super(message);
    }
}
