package gg.pickban.draft.entity;

/** A draft action the rules refuse (docs/rules.md §4.4); the message is the contract's error text. */
public class DraftRefused extends RuntimeException {

    public DraftRefused(String message) {
        super(message);
    }
}
