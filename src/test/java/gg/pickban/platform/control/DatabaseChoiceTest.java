package gg.pickban.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.platform.control.DatabaseChoice.Source;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

class DatabaseChoiceTest {

    @Test
    void aServerResourceWinsOverAnUrlWhichWinsOverTheEmbeddedDatabase() {
        assertEquals(new DatabaseChoice(Source.SERVER_POOL, "jdbc/pickban"), choice(Map.of("pickban.db.jndi-name", " jdbc/pickban ",
                "pickban.db.url", "jdbc:postgresql://db/pickban", "pickban.db.embedded", "true")));
        assertEquals(new DatabaseChoice(Source.OWN_POOL, "jdbc:postgresql://db:5432/pickban"),
                choice(Map.of("pickban.db.url", "jdbc:postgresql://db:5432/pickban?password=secret", "pickban.db.embedded", "true")));
        assertEquals(Source.EMBEDDED, choice(Map.of("pickban.db.embedded", "true")).source());
    }

    @Test
    void nothingConfiguredIsNoDatabaseAtAllNotTheEmbeddedOne() {
        assertEquals(Source.NONE, choice(Map.of()).source());
        assertEquals(Source.NONE, choice(Map.of("pickban.db.embedded", "false", "pickban.db.jndi-name", " ")).source());
    }

    @Test
    void theLogLineNeverShowsConnectionParameters() {
        String line = choice(Map.of("pickban.db.url", "jdbc:h2:file:./x;PASSWORD=secret")).describe();
        assertEquals("Database: jdbc:h2:file:./x through the application's own pool (pickban.db.url)", line);
    }

    @Test
    void withoutADatabaseEveryConnectionIsRefusedAsAnOutageThatSaysWhatToSet() {
        DatabaseChoice none = choice(Map.of());
        assertTrue(none.describe().contains("PICKBAN_DB_URL") && none.describe().contains("pickban.db.jndi-name")
                && none.describe().contains("PICKBAN_DB_EMBEDDED=true"), none.describe());
        SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                () -> none.replacement().orElseThrow().getConnection());
        assertEquals("08001", refused.getSQLState());
        assertTrue(DatabaseOutage.caused(refused), "answered like an outage: 503");
        assertEquals(Optional.empty(), choice(Map.of("pickban.db.embedded", "true")).replacement(), "the application's own pool");
    }

    private static DatabaseChoice choice(Map<String, String> values) {
        return DatabaseChoice.from(new MapConfig(values));
    }

    /** Only what DatabaseChoice asks of a Config. */
    private record MapConfig(Map<String, String> values) implements Config {

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            return Optional.ofNullable(values.get(name))
                    .map(value -> type.cast(type == Boolean.class ? Boolean.valueOf(value) : value));
        }

        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(NoSuchElementException::new);
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new IllegalArgumentException();
        }
    }
}
