package gg.pickban.herodraft.entity;

/** A hero-draft action the rules refuse (docs/rules.md §5): wrong state, bad input, not your turn. */
public class HeroDraftRefused extends RuntimeException {

    public HeroDraftRefused(String message) {
        super(message);
    }

    /** {@code Cannot <action> in state '<s>'}. */
    static HeroDraftRefused inState(String action, HeroDraftState state) {
        return new HeroDraftRefused("Cannot " + action + " in state '" + state.wire() + "'");
    }
}
