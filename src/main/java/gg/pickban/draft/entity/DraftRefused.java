package gg.pickban.draft.entity;

/** A draft action the rules refuse (draft.md §5); the message is the contract's error text. */
public class DraftRefused extends RuntimeException {

    public DraftRefused(String message) {
        super(message);
    }
}
