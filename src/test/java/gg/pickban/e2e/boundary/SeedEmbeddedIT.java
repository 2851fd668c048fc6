package gg.pickban.e2e.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same seed on the embedded H2 default: the wipe and the primary keys work there too, and a reseed repeats itself. */
class SeedEmbeddedIT {

    @Test
    void seedsAtStartUpAndAgainOnResetAllWithTheSamePrimaryKeys() {
        try (AppProcess app = AppProcess.start("seed-embedded", Map.of("PICKBAN_TEST_ENDPOINTS_ENABLED", "true",
                "PICKBAN_SEED", "e2e", "PICKBAN_JOBS_ENABLED", "false"))) {
            Api api = app.api();
            String first = SeedIT.withoutTimestamps(api.get("/api/tests/tournament-by-key/completed_bracket/").body());
            assertSeeded(api);
            assertEquals(200, api.post("/api/tests/login-staff/", null).status());
            assertEquals(200, api.post("/api/tests/reset-all/", null).status());
            assertSeeded(api);
            assertEquals(first, SeedIT.withoutTimestamps(api.get("/api/tests/tournament-by-key/completed_bracket/").body()));
        }
    }

    private static void assertSeeded(Api api) {
        assertEquals(103, api.get("/api/users/").array().size());
        assertEquals(21, api.get("/api/tournaments/").array().size());
        JsonObject real = api.get("/api/tests/tournament-by-key/real_tournament/").object();
        assertEquals(17, real.getInt("pk"));
        assertEquals(36, real.getJsonArray("games").getJsonObject(3).getInt("pk"));
        assertEquals(71, real.getJsonArray("teams").getJsonObject(0).getInt("pk"));
        JsonObject turn = api.get("/api/tests/tournament-by-key/draft_captain_turn/").object();
        assertEquals(2, turn.getJsonObject("draft").getInt("pk"));
        assertEquals(17, turn.getJsonObject("draft").getJsonArray("draft_rounds").getJsonObject(0).getInt("pk"));
        assertEquals("bucketoffish55", turn.getJsonObject("draft").getJsonArray("draft_rounds").getJsonObject(0)
                .getJsonObject("captain").getString("username"));
    }
}
