package gg.pickban.platform.boundary;

import gg.pickban.platform.control.DataSources;
import gg.pickban.platform.control.DatabaseChoice;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * The application's own pool, configured by pickban.db.* ({@code pickban.db.pool-url} is
 * {@code pickban.db.url} or the embedded H2 file), unless {@link DatabaseChoice} picks a JDBC resource
 * of the server instead. At deployment the schema of the chosen database is brought up to date by the
 * versioned migrations in db/migration (same scripts for H2 and PostgreSQL); with no database
 * configured nothing is migrated and the log says what to set.
 * <p>
 * The pool survives the database going away (a restart, a failover, killed backends): every
 * connection is checked ({@code Connection.isValid}, one round trip, both databases) before it is
 * handed out, and the first dead one makes the pool drop all of them, so the next request opens
 * fresh ones instead of failing on stale ones for minutes. While the database is away, opening a
 * connection fails within the login timeout and a request waits for a busy pool at most
 * {@code max-wait-time}; both end in a 503 ({@link UnexpectedErrorMapper}).
 */
@DataSourceDefinition(
        name = DataSources.OWN_POOL,
        className = "${MPCONFIG=pickban.db.class}",
        url = "${MPCONFIG=pickban.db.pool-url}",
        user = "${MPCONFIG=pickban.db.user}",
        password = "${MPCONFIG=pickban.db.password}",
        // no steady connections: after dropping dead ones the pool would first try to reopen those inside
        // the request that found them (a whole login timeout when the database is unreachable)
        minPoolSize = 0,
        maxPoolSize = 48,
        loginTimeout = 2,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000",
            // also the time limit of the validation itself (Payara passes it to isValid)
            "fish.payara.statement-timeout-in-seconds=${MPCONFIG=pickban.db.statement-timeout-seconds}"
        })
@Singleton
@Startup
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Inject
    DataSources dataSources;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        DatabaseChoice choice = dataSources.choice();
        switch (choice.source()) {
            case NONE -> {
                LOG.severe(choice.describe());
                return;
            }
            case EMBEDDED -> LOG.warning(choice.describe());
            default -> LOG.info(choice.describe());
        }
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSources.get())
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
