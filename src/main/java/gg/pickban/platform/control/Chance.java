package gg.pickban.platform.control;

/**
 * Where the rules' randomness comes from: shuffle tie rolls of the player draft (docs/rules.md), the
 * hero draft's coin flip and its random pick when a captain's clock runs out. {@link FairChance} in
 * production; tests and the reproducible end-to-end seed pass their own, so the rules are tested
 * without luck.
 */
@FunctionalInterface
public interface Chance {

    /** A uniform integer from 0 (inclusive) to {@code bound} (exclusive). */
    int below(int bound);

    /** A throw of a fair die with {@code sides} faces: a uniform integer from 1 to {@code sides}. */
    default int roll(int sides) {
        return below(sides) + 1;
    }
}
