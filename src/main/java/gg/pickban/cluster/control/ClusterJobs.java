package gg.pickban.cluster.control;

import gg.pickban.platform.control.DatabaseOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a periodic job body on at most one instance at a time (docs/rules.md §9): whoever takes
 * {@code pickban:job:<name>} runs, the others skip this round. A failing body is logged and the
 * next schedule tries again. It never reaches the EJB timer: Payara redelivers a failed callback
 * once, 5 s later, and when that fails too it cancels the timer, ending the job until a restart.
 */
@ApplicationScoped
public class ClusterJobs {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

    @Inject
    ClusterLock lock;

    @Inject
    @ConfigProperty(name = "pickban.jobs.enabled", defaultValue = "true")
    boolean enabled;

    private final JobTally tally = new JobTally();

    public JobTally tally() {
        return tally;
    }

    /** @return whether this instance ran the body */
    public boolean runExclusive(String job, Duration ttl, Runnable body) {
        if (!enabled) {
            return false;
        }
        String name = "pickban:job:" + job;
        Optional<String> token;
        try {
            token = lock.tryAcquire(name, ttl);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Job " + job + " skipped, its cluster lock is unavailable (" + e + ")");
            return false;
        }
        if (token.isEmpty()) {
            return false;
        }
        tally.ran(job);
        try {
            body.run();
        } catch (RuntimeException e) {
            tally.failed(job);
            if (DatabaseOutage.caused(e)) {
                LOG.warning(() -> "Job " + job + " stopped, the database is unavailable (" + DatabaseOutage.reason(e) + ")");
            } else {
                LOG.log(Level.WARNING, "Job " + job + " failed", e);
            }
        } finally {
            release(name, token.get());
        }
        return true;
    }

    /** A lock that cannot be released (Redis gone meanwhile) expires by its own TTL. */
    private void release(String name, String token) {
        try {
            lock.release(name, token);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Could not release " + name + ", it expires by itself (" + e + ")");
        }
    }
}
