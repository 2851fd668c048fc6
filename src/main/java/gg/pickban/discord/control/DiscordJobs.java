package gg.pickban.discord.control;

import gg.pickban.cluster.control.ClusterJobs;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs Discord's jobs the one way both the timers and the on-demand paths use: only with jobs
 * enabled and a bot token configured (otherwise nothing is sent anywhere), under the job's cluster
 * lock, with the outcome logged and remembered for the liveness check.
 */
@ApplicationScoped
public class DiscordJobs {

    private static final Logger LOG = Logger.getLogger(DiscordJobs.class.getName());

    @Inject
    ClusterJobs cluster;

    @Inject
    DiscordApi discord;

    @Inject
    AvatarRefresh avatars;

    @Inject
    Announcements announcements;

    @Inject
    InteractionReceipts receipts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pickban.jobs.enabled", defaultValue = "true")
    boolean jobsEnabled;

    private JobRuns runs;

    @PostConstruct
    void start() {
        runs = new JobRuns(clock);
    }

    public boolean enabled() {
        return jobsEnabled && discord.botConfigured();
    }

    public JobRuns runs() {
        return runs;
    }

    /** @return the run's summary; empty when it did not run here (jobs off, or another instance holds it) */
    public Optional<Object> run(DiscordJob job) {
        if (!enabled()) {
            return Optional.empty();
        }
        AtomicReference<Object> summary = new AtomicReference<>();
        boolean here = cluster.runExclusive(job.key(), job.lockTtl(), () -> {
            try {
                summary.set(body(job));
            } catch (RuntimeException e) {
                runs.record(job, "failed", null);
                throw e;
            }
        });
        if (!here) {
            runs.record(job, "elsewhere", null);
        } else if (summary.get() != null) {
            runs.record(job, "ran", summary.get().toString());
            LOG.info(() -> "Discord job " + job.key() + ": " + summary.get());
        }
        return Optional.ofNullable(summary.get());
    }

    /** The on-demand refresh of every user; its cluster-wide throttle is the hourly slot, not the job lock. */
    public Optional<RefreshSummary> refreshEveryone() {
        if (!enabled()) {
            return Optional.empty();
        }
        RefreshSummary summary = avatars.everyone();
        LOG.info(() -> "Requested avatar refresh: " + summary);
        return Optional.of(summary);
    }

    private Object body(DiscordJob job) {
        return switch (job) {
            case AVATAR_BATCH -> avatars.batch();
            case AVATAR_FULL -> avatars.everyone();
            case ANNOUNCEMENTS -> announcements.postDue();
            case INTERACTION_RECEIPTS -> Map.of("forgotten", receipts.forgetOld(clock.instant()));
        };
    }
}
