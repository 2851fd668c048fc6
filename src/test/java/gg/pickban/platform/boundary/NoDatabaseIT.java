package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Reply;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Started without a database and without the launcher's embedded opt-in (as on a server nobody
 * configured), the app deploys but keeps no data anywhere: readiness is DOWN and says what to set,
 * the log says it too, and every database call answers 503.
 */
class NoDatabaseIT {

    @Test
    void withoutDatabaseConfigurationReadinessIsDownAndSaysWhatToSet() throws Exception {
        try (AppProcess app = AppProcess.startServing("no-database", Map.of("PICKBAN_DB_EMBEDDED", "false"))) {
            Reply ready = app.api().get("/health/ready");
            assertEquals(503, ready.status(), ready.body());
            JsonObject database = ready.object().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
            assertEquals("DOWN", database.getString("status"));
            assertEquals("none", database.getJsonObject("data").getString("source"));
            assertTrue(database.getJsonObject("data").getString("reason").contains("PICKBAN_DB_URL"), database.toString());

            Reply users = app.api().get("/api/users/");
            assertEquals(503, users.status(), users.body());
            assertEquals("{\"detail\":\"Service temporarily unavailable, try again later.\"}", users.body());
            assertTrue(app.logLines().stream().anyMatch(line -> line.contains("SEVERE") && line.contains("No database configured")),
                    "the log says what to set");
            assertFalse(Files.exists(app.directory().resolve("pickban-data")), "no embedded database was created");
        }
    }
}
