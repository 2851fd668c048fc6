package gg.pickban.steam.boundary;

import gg.pickban.platform.control.ContainerThreads;
import gg.pickban.steam.entity.LeagueSyncState;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The age of the configured Steam league's last completed sync on {@code /metrics}, as the database
 * has it (whichever instance synced). Read every 30 s on the application's own threads, never by the
 * metrics request itself; while the database is away the last value stays.
 */
@ApplicationScoped
public class SteamMetrics {

    private static final Logger LOG = Logger.getLogger(SteamMetrics.class.getName());
    private static final long REFRESH_SECONDS = 30;

    @Inject
    MetricRegistry registry;

    @PersistenceContext
    EntityManager em;

    @Inject
    ContainerThreads pools;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pickban.steam.league-id", defaultValue = "17929")
    int leagueId;

    private volatile Optional<Instant> lastSync = Optional.empty();
    private ScheduledFuture<?> refreshing;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName("pickban.steam.sync.age")
                .withDescription("Seconds since the configured Steam league's last completed sync; -1 when it never completed")
                .withUnit(MetricUnits.SECONDS).build(), this, SteamMetrics::ageSeconds);
        refreshing = pools.timers().scheduleWithFixedDelay(() -> pools.workers().execute(this::refresh),
                0, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    long ageSeconds() {
        return lastSync.map(at -> Duration.between(at, clock.instant()).toSeconds()).orElse(-1L);
    }

    void refresh() {
        try {
            lastSync = Optional.ofNullable(em.find(LeagueSyncState.class, leagueId)).map(LeagueSyncState::lastSyncAt);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Steam sync age not read", e);
        }
    }

    @PreDestroy
    void stop() {
        if (refreshing != null) {
            refreshing.cancel(false);
        }
    }
}
