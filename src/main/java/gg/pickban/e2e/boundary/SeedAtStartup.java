package gg.pickban.e2e.boundary;

import gg.pickban.e2e.control.E2eSeed;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code pickban.seed=e2e}: wipe the database and load the end-to-end data at start-up, after the
 * migrations (docs/e2e-seed.md §1). Destructive, so it only happens with the test endpoints enabled too.
 */
@Singleton
@Startup
@DependsOn("Database")
public class SeedAtStartup {

    private static final Logger LOG = Logger.getLogger(SeedAtStartup.class.getName());

    @Inject
    @ConfigProperty(name = "pickban.seed", defaultValue = "none")
    String seed;

    @Inject
    @ConfigProperty(name = "pickban.test-endpoints.enabled", defaultValue = "false")
    boolean testEndpoints;

    @Inject
    E2eSeed e2e;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        if (seed.isBlank() || seed.equals("none")) {
            return;
        }
        if (!seed.equals("e2e")) {
            LOG.severe("pickban.seed=" + seed + " is unknown (e2e or none); nothing seeded");
        } else if (!testEndpoints) {
            LOG.severe("pickban.seed=e2e wipes the database and needs pickban.test-endpoints.enabled=true; nothing seeded");
        } else {
            LOG.warning("pickban.seed=e2e: wiping the database and loading the end-to-end seed");
            try {
                e2e.reseed();
            } catch (RuntimeException e) {
                // the app still starts, so POST /api/tests/reset-all/ can try again and the log says why
                LOG.log(Level.SEVERE, "The end-to-end seed failed", e);
            }
        }
    }
}
