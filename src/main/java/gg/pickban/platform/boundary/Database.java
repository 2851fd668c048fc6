package gg.pickban.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The application's one datasource, chosen by configuration alone: Payara's embedded H2 (a file,
 * so data survives restarts) unless pickban.db.* point at PostgreSQL. At deployment the schema is
 * brought up to date by the versioned migrations in db/migration (same scripts for both).
 * <p>
 * The pool survives the database going away (a restart, a failover, killed backends): every
 * connection is checked ({@code Connection.isValid}, one round trip, both databases) before it is
 * handed out, and the first dead one makes the pool drop all of them, so the next request opens
 * fresh ones instead of failing on stale ones for minutes. While the database is away, opening a
 * connection fails within the login timeout and a request waits for a busy pool at most
 * {@code max-wait-time}; both end in a 503 ({@link UnexpectedErrorMapper}).
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=pickban.db.class}",
        url = "${MPCONFIG=pickban.db.url}",
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

    public static final String JNDI_NAME = "java:app/jdbc/pickban";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
