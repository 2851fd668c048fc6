package gg.pickban.cluster.control;

import java.util.concurrent.atomic.AtomicLong;

/** {@link DataGeneration} of a single instance without Redis. */
public class LocalGeneration implements DataGeneration {

    private final AtomicLong generation = new AtomicLong();

    @Override
    public long current() {
        return generation.get();
    }

    @Override
    public void advance() {
        generation.incrementAndGet();
    }
}
