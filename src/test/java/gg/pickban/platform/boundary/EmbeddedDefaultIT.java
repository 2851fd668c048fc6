package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Reply;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no configuration at all the app runs on Payara's embedded H2 (a file) and in-process stand-ins for Redis. */
class EmbeddedDefaultIT {

    @Test
    void startsWithoutAnyConfigurationAndKeepsItsDatabaseAcrossARestart() throws Exception {
        try (AppProcess app = AppProcess.start("embedded", Map.of())) {
            Reply ready = app.api().get("/health/ready");
            assertEquals(200, ready.status());
            assertTrue(ready.body().contains("\"in-process\""), ready.body());
            assertEquals("[]", app.api().get("/api/users/").body());
            assertTrue(Files.exists(app.directory().resolve("pickban-data/pickban.mv.db")), "file-backed H2");
            Reply testLogin = app.api().post("/api/tests/login-user/", null);
            assertEquals(404, testLogin.status(), "test endpoints are off unless enabled");
            assertEquals("{\"detail\":\"Not found.\"}", testLogin.body());

            app.restart();

            assertEquals(200, app.api().get("/api/users/").status());
            assertTrue(app.logLines().stream().anyMatch(line -> line.contains("Schema \"public\" is up to date")),
                    "the second start found the migrated database instead of a new one");
        }
    }
}
