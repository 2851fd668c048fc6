package gg.pickban.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The one source of "now" for rules and jobs, so they can be tested with a fixed clock. */
@ApplicationScoped
public class SystemClock {

    /** Microsecond ticks: what the databases store, so a stored time reads back exactly as it was answered. */
    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
