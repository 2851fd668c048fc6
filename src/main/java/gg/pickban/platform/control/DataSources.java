package gg.pickban.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The data source the application's own JDBC work uses (migrations, readiness, the reseed wipe): the
 * same one EclipseLink is given ({@link SessionSettings}), as {@link DatabaseChoice} decides.
 */
@ApplicationScoped
public class DataSources {

    /** The pool the application defines itself (platform/boundary/Database), configured by pickban.db.*. */
    public static final String OWN_POOL = "java:app/jdbc/pickban";

    @Resource(lookup = OWN_POOL)
    DataSource own;

    private DatabaseChoice choice;
    private DataSource chosen;

    @PostConstruct
    void choose() {
        choice = DatabaseChoice.from(ConfigProvider.getConfig());
        chosen = choice.replacement().orElse(own);
    }

    public DatabaseChoice choice() {
        return choice;
    }

    public DataSource get() {
        return chosen;
    }
}
