package gg.pickban.cluster.control;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/** Runs and failures of each periodic job on this instance since start-up, for the metrics. */
public final class JobTally {

    private record Counts(LongAdder runs, LongAdder failures) {
    }

    private final ConcurrentMap<String, Counts> jobs = new ConcurrentHashMap<>();
    private volatile Consumer<String> newJob = job -> { };

    void ran(String job) {
        counts(job).runs().increment();
    }

    void failed(String job) {
        counts(job).failures().increment();
    }

    public long runs(String job) {
        Counts counts = jobs.get(job);
        return counts == null ? 0 : counts.runs().sum();
    }

    public long failures(String job) {
        Counts counts = jobs.get(job);
        return counts == null ? 0 : counts.failures().sum();
    }

    public Set<String> jobs() {
        return Set.copyOf(jobs.keySet());
    }

    /** Told of every job there is and every job that runs here for the first time from now on. */
    public void onNewJob(Consumer<String> listener) {
        newJob = listener;
        jobs.keySet().forEach(listener);
    }

    private Counts counts(String job) {
        Counts existing = jobs.get(job);
        if (existing != null) {
            return existing;
        }
        Counts created = new Counts(new LongAdder(), new LongAdder());
        Counts raced = jobs.putIfAbsent(job, created);
        if (raced != null) {
            return raced;
        }
        newJob.accept(job);
        return created;
    }
}
