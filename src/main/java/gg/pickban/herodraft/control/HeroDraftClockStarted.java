package gg.pickban.herodraft.control;

/**
 * Fired after the commit that made a draft's clock run: submit-choice entering {@code drafting},
 * resume entering {@code resuming} (docs/rules.md §5.9 "who starts it"). The live ticker observes it.
 */
public record HeroDraftClockStarted(long draftId) {
}
