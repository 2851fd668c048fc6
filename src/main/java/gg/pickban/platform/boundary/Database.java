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
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=pickban.db.class}",
        url = "${MPCONFIG=pickban.db.url}",
        user = "${MPCONFIG=pickban.db.user}",
        password = "${MPCONFIG=pickban.db.password}",
        minPoolSize = 2,
        maxPoolSize = 48)
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
