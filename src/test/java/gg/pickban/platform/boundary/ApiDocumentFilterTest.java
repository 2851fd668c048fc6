package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.annotation.JsonbProperty;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ApiDocumentFilterTest {

    @Test
    void namesPropertiesAsJsonbWritesThem() {
        assertEquals("steam_league_id", ApiDocumentFilter.snakeCase("steamLeagueId"));
        assertEquals("pk", ApiDocumentFilter.snakeCase("pk"));
        assertEquals("player1_pk", ApiDocumentFilter.snakeCase("player1Pk"));
    }

    /** The filter's list of Java-named properties is every {@code @JsonbProperty} on a record of the application. */
    @Test
    void knowsEveryPropertyARecordNamesItself() throws IOException {
        Path root = Path.of("target", "classes");
        Map<String, Set<String>> named = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isRecord()) {
                    continue;
                }
                for (RecordComponent component : type.getRecordComponents()) {
                    JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
                    if (property != null && property.value().equals(component.getName())) {
                        named.computeIfAbsent(type.getSimpleName(), k -> new HashSet<>()).add(component.getName());
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(named, ApiDocumentFilter.JAVA_NAMED);
    }
}
