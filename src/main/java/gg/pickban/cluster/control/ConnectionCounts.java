package gg.pickban.cluster.control;

/**
 * How many sockets are open for a key (such as one hero draft) on all instances together
 * (a hero draft ticks only while someone watches it, docs/rules.md §5.9). Each instance owns its contribution, so an instance that dies without closing
 * its sockets stops counting within a bounded time instead of keeping the total up for good.
 */
public interface ConnectionCounts {

    /** One more socket on this instance; returns the total. */
    int opened(String key);

    /** One socket fewer on this instance (never below zero); returns the total. */
    int closed(String key);

    /** The total over all live instances; with Redis it also refreshes the total's expiry (docs/decisions.md D27). */
    int total(String key);
}
