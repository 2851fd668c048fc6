package gg.pickban.cluster.control;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link ConnectionCounts} of a single instance without Redis: the counts live in this JVM. */
public class LocalConnectionCounts implements ConnectionCounts {

    private final ConcurrentMap<String, Integer> counts = new ConcurrentHashMap<>();

    @Override
    public int opened(String key) {
        return counts.merge(key, 1, Integer::sum);
    }

    @Override
    public int closed(String key) {
        Integer left = counts.computeIfPresent(key, (k, count) -> count > 1 ? count - 1 : null);
        return left == null ? 0 : left;
    }

    @Override
    public int total(String key) {
        return counts.getOrDefault(key, 0);
    }
}
