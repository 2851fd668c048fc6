package gg.pickban.cluster.control;

/**
 * A counter that every committed write moves on, shared by all instances. Cached derived data is
 * keyed by it, so no cache can answer with data older than the last committed write (docs/decisions.md D10).
 */
public interface DataGeneration {

    long current();

    void advance();
}
