package gg.pickban.platform.control;

/**
 * Fired after the database has been wiped and reseeded (docs/decisions.md D52): whoever keeps transient state derived
 * from the old data — sockets, tick locks, connection counters, caches — drops it.
 */
public record DataReset() {
}
