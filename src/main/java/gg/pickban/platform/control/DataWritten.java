package gg.pickban.platform.control;

/** A transaction that wrote data has committed (or a write happened outside one): derived caches are stale now. */
public record DataWritten() {
}
