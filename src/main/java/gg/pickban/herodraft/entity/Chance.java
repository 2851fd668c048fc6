package gg.pickban.herodraft.entity;

/** Where coin flips and random auto-picks come from: uniform in production, scripted in tests. */
@FunctionalInterface
public interface Chance {

    /** A uniform integer from 0 (inclusive) to {@code bound} (exclusive). */
    int below(int bound);
}
