package gg.pickban.draft.entity;

/** Where tie rolls come from (draft.md §4.2): a fair d6 in production, a script in tests. */
@FunctionalInterface
public interface Dice {

    /** A uniform integer from 1 to 6. */
    int roll();
}
