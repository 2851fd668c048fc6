package gg.pickban.platform.boundary;

import gg.pickban.platform.control.DataSources;
import gg.pickban.platform.control.DatabaseChoice;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers, and the answer comes within two seconds whatever the
 * database does: a check that hangs (a database that swallows packets) counts as down, and probes
 * arriving meanwhile wait for that same check instead of each starting one more. With no database
 * configured it is down and says what to set. The checks run on a thread of the application's own,
 * ended with it: a thread of the server's managed executor started by a probe would keep the whole
 * undeployed application in memory after a redeploy (it inherits the access-control context of the
 * code that made it start).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    static final int LIMIT_SECONDS = 2;

    @Inject
    DataSources dataSources;

    @Resource
    ManagedThreadFactory threads;

    private final AtomicReference<CompletableFuture<Boolean>> running = new AtomicReference<>();
    private ThreadPoolExecutor checker;

    @PostConstruct
    void init() {
        checker = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        checker.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void shutDown() {
        checker.shutdownNow();
    }

    @Override
    public HealthCheckResponse call() {
        DatabaseChoice choice = dataSources.choice();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("source", choice.source().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (choice.source() == DatabaseChoice.Source.NONE) {
            return response.down().withData("reason", choice.describe()).build();
        }
        boolean up;
        try {
            up = check().get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            up = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            up = false;
        }
        return response.status(up).build();
    }

    private CompletableFuture<Boolean> check() {
        CompletableFuture<Boolean> current = running.get();
        if (current != null && !current.isDone()) {
            return current;
        }
        CompletableFuture<Boolean> next = new CompletableFuture<>();
        if (!running.compareAndSet(current, next)) {
            return running.get();
        }
        try {
            checker.execute(() -> next.complete(answers()));
        } catch (RuntimeException rejected) {
            next.complete(false);
        }
        return next;
    }

    private boolean answers() {
        try (Connection connection = dataSources.get().getConnection()) {
            return connection.isValid(LIMIT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
