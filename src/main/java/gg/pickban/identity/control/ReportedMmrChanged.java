package gg.pickban.identity.control;

/** A user's self-reported MMR changed; the Steam component recomputes their league MMR (docs/rules.md §7.5). */
public record ReportedMmrChanged(long userId) {
}
