package gg.pickban.identity.control;

/** A user's self-reported MMR changed; the Steam component recomputes their league MMR (D10). */
public record ReportedMmrChanged(long userId) {
}
