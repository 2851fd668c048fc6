package gg.pickban.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers, and the answer comes within two seconds whatever the
 * database does: a check that hangs (a database that swallows packets) counts as down, and probes
 * arriving meanwhile wait for that same check instead of each starting one more.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    static final int LIMIT_SECONDS = 2;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private final AtomicReference<CompletableFuture<Boolean>> running = new AtomicReference<>();

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try {
            up = check().get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            up = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            up = false;
        }
        return HealthCheckResponse.named("database").status(up).build();
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
            executor.execute(() -> next.complete(answers()));
        } catch (RuntimeException rejected) {
            next.complete(false);
        }
        return next;
    }

    private boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(LIMIT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
