package gg.pickban.cluster.boundary;

import gg.pickban.cluster.control.ClusterJobs;
import gg.pickban.cluster.control.JobTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Periodic jobs on {@code /metrics}. The counts only grow (since the application
 * started); they are gauges because they are read from the counters the work keeps anyway.
 */
@ApplicationScoped
public class ClusterMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    ClusterJobs jobs;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        JobTally tally = jobs.tally();
        tally.onNewJob(job -> {
            registry.gauge(Metadata.builder().withName("pickban.jobs.runs")
                    .withDescription("Runs of a periodic job on this instance since start-up (skipped rounds not counted)")
                    .withUnit(MetricUnits.NONE).build(), tally, t -> t.runs(job), new Tag("job", job));
            registry.gauge(Metadata.builder().withName("pickban.jobs.failures")
                    .withDescription("Runs of a periodic job on this instance since start-up that failed")
                    .withUnit(MetricUnits.NONE).build(), tally, t -> t.failures(job), new Tag("job", job));
        });
    }
}
