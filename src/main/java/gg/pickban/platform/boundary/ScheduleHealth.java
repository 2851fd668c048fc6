package gg.pickban.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * The application's EJB timers with their next run, on {@code /health/live}: down when none is
 * active, as after the container cancelled them. A single missing timer shows by its absence.
 */
@Liveness
@ApplicationScoped
public class ScheduleHealth implements HealthCheck {

    @Inject
    Schedules schedules;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("timers");
        var active = schedules.active();
        active.forEach(response::withData);
        return response.status(!active.isEmpty()).build();
    }
}
