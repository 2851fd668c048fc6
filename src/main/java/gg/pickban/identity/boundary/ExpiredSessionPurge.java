package gg.pickban.identity.boundary;

import gg.pickban.cluster.control.ClusterJobs;
import gg.pickban.identity.control.SessionStore;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/** Every 15 minutes one instance deletes the sessions that have expired. */
@Singleton
// no container transaction around the timer: each step opens its own short one, HTTP calls run in none
@TransactionManagement(TransactionManagementType.BEAN)
public class ExpiredSessionPurge {

    static final String JOB = "session-purge";
    private static final Logger LOG = Logger.getLogger(ExpiredSessionPurge.class.getName());

    @Inject
    ClusterJobs jobs;

    @Inject
    SessionStore sessions;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*/15", persistent = false, info = "expired-session-purge")
    void onSchedule() {
        purgeNow();
    }

    /** @return whether this instance did the purge (false: another one holds the job lock) */
    public boolean purgeNow() {
        return jobs.runExclusive(JOB, Duration.ofMinutes(5), () -> {
            int purged = sessions.purgeExpired(clock.instant());
            LOG.fine(() -> "Purged " + purged + " expired sessions");
        });
    }
}
