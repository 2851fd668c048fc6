package gg.pickban.e2e.control;

import gg.pickban.platform.control.DataReset;
import gg.pickban.platform.control.DataWipe;
import gg.pickban.platform.control.SeedRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Wipes the database and loads the end-to-end data contract (docs/e2e-seed.md §3), then tells every
 * component to drop transient state that belonged to the old data (docs/decisions.md D52). One reseed at a time per
 * instance; the start-up seed, {@code reset-all} and the README's command all come here.
 */
@ApplicationScoped
public class E2eSeed {

    private static final Logger LOG = Logger.getLogger(E2eSeed.class.getName());

    @Inject
    DataWipe wipe;

    @Inject
    SeedLoad load;

    @Inject
    Event<DataReset> reset;

    @Inject
    Clock clock;

    public synchronized void reseed() {
        long started = System.nanoTime();
        wipe.wipe();
        load.load(SeedRun.at(clock.instant()));
        reset.fire(new DataReset());
        LOG.info(() -> "End-to-end seed loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
