package gg.pickban.draft.entity;

/** Where shuffle tie rolls come from (docs/rules.md §4.3): a fair d6 in production, a script in tests. */
@FunctionalInterface
public interface Dice {

    /** A uniform integer from 1 to 6. */
    int roll();
}
