package gg.pickban.platform.control;

import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * Which database this instance uses, decided from configuration alone, in this order: a JDBC resource
 * defined on the server ({@code pickban.db.jndi-name}), then a database of the operator's own
 * ({@code pickban.db.url}, through the application's pool), then Payara's bundled H2 in a file — only
 * when asked for with {@code pickban.db.embedded=true}, which the launcher of the run command and the
 * tests does. Anything else is {@link Source#NONE}: the application deploys, refuses every database
 * call, and says so in its log and its readiness, instead of quietly keeping the data in a file.
 */
public record DatabaseChoice(Source source, String name) {

    public enum Source {
        SERVER_POOL, OWN_POOL, EMBEDDED, NONE
    }

    public static final String WHAT_TO_SET = "No database configured. Set PICKBAN_DB_URL, PICKBAN_DB_CLASS, PICKBAN_DB_USER and"
            + " PICKBAN_DB_PASSWORD (a database of your own), or pickban.db.jndi-name (a JDBC resource defined on the server,"
            + " e.g. jdbc/pickban), or PICKBAN_DB_EMBEDDED=true (Payara's bundled H2 in ./pickban-data, to try Pickban out).";

    public static DatabaseChoice from(Config config) {
        Optional<String> jndiName = config.getOptionalValue("pickban.db.jndi-name", String.class).filter(s -> !s.isBlank());
        if (jndiName.isPresent()) {
            return new DatabaseChoice(Source.SERVER_POOL, jndiName.get().strip());
        }
        Optional<String> url = config.getOptionalValue("pickban.db.url", String.class).filter(s -> !s.isBlank());
        if (url.isPresent()) {
            return new DatabaseChoice(Source.OWN_POOL, withoutParameters(url.get()));
        }
        if (config.getOptionalValue("pickban.db.embedded", Boolean.class).orElse(false)) {
            return new DatabaseChoice(Source.EMBEDDED, "./pickban-data/pickban");
        }
        return new DatabaseChoice(Source.NONE, "");
    }

    /** One line for the log at start-up: which database, or what to set. */
    public String describe() {
        return switch (source) {
            case SERVER_POOL -> "Database: the JDBC resource " + name + " defined on the server (pickban.db.jndi-name)";
            case OWN_POOL -> "Database: " + name + " through the application's own pool (pickban.db.url)";
            case EMBEDDED -> "Database: Payara's embedded H2 in " + name + " (pickban.db.embedded=true) - to try Pickban out,"
                    + " not for production";
            case NONE -> WHAT_TO_SET;
        };
    }

    /**
     * The data source that replaces the application's own pool ({@code java:app/jdbc/pickban}), if
     * any: the server's resource, or for {@link Source#NONE} one that refuses every connection.
     */
    public Optional<DataSource> replacement() {
        return switch (source) {
            case SERVER_POOL -> Optional.of(lookUp(name));
            case NONE -> Optional.of(new NoDatabase(WHAT_TO_SET));
            default -> Optional.empty();
        };
    }

    private static DataSource lookUp(String jndiName) {
        try {
            return (DataSource) new InitialContext().lookup(jndiName);
        } catch (NamingException | ClassCastException e) {
            throw new IllegalStateException("pickban.db.jndi-name names " + jndiName + ", which is not a JDBC resource on this server", e);
        }
    }

    /** Connection parameters may carry credentials; the log gets the database's address only. */
    private static String withoutParameters(String url) {
        int cut = url.indexOf('?');
        int semicolon = url.indexOf(';');
        if (semicolon >= 0 && (cut < 0 || semicolon < cut)) {
            cut = semicolon;
        }
        return cut < 0 ? url : url.substring(0, cut);
    }
}
