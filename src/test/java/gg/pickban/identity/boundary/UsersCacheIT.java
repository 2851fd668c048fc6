package gg.pickban.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.SecondInstance;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The cached user list is never stale: a write on one instance shows on the next read on the other. */
@ExtendWith(SharedApp.class)
class UsersCacheIT {

    @Test
    void aWriteOnAIsVisibleOnTheNextReadOnB(AppProcess a, @SecondInstance AppProcess b) {
        long pk = TestData.insertUser(TestData.unique("cached"), null, null, null, 1000, Instant.now());
        assertEquals(1000, mmrIn(b, pk), "B renders and caches the list");
        assertEquals(1000, mmrIn(b, pk), "served from the cache");

        for (int mmr = 1001; mmr <= 1005; mmr++) {
            assertEquals(200, Logins.staff(a).patch("/api/users/" + pk + "/", "{\"mmr\": " + mmr + "}").status());
            assertEquals(mmr, mmrIn(b, pk), "the very next read on B shows A's write");
            assertEquals(mmr, mmrIn(a, pk));
        }
    }

    private static int mmrIn(AppProcess app, long pk) {
        return app.api().get("/api/users/").array().stream().map(v -> (JsonObject) v)
                .filter(u -> u.getJsonNumber("pk").longValue() == pk).findFirst().orElseThrow().getInt("mmr");
    }
}
