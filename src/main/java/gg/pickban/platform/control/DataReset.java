package gg.pickban.platform.control;

/**
 * Fired after the database has been wiped and reseeded (D52): whoever keeps transient state derived
 * from the old data — sockets, tick locks, connection counters, caches — drops it.
 */
public record DataReset() {
}
