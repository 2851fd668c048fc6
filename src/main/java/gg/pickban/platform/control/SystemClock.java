package gg.pickban.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The one source of "now" for rules and jobs, so they can be tested with a fixed clock. */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() {
        return new MicrosecondClock();
    }

    /**
     * Microsecond ticks: what the databases store, so a stored time reads back exactly as it was
     * answered. Not {@code Clock.tick(systemUTC(), 1 µs)}: its {@code millis()} divides by zero
     * for ticks under a millisecond.
     */
    static final class MicrosecondClock extends Clock {

        @Override
        public Instant instant() {
            return Instant.now().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return System.currentTimeMillis();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(ZoneOffset.UTC) ? this : Clock.system(zone);
        }
    }
}
