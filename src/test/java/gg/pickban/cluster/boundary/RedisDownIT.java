package gg.pickban.cluster.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.TestServices;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A configured Redis that does not answer makes the instance not ready, yet it keeps serving. */
class RedisDownIT {

    @Test
    void notReadyButServing() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        Map<String, String> env = new HashMap<>(TestServices.productionEnv());
        env.put("PICKBAN_REDIS_URL", "redis://127.0.0.1:" + deadPort + "/0");
        try (AppProcess app = AppProcess.startServing("redis-down", env)) {
            Reply ready = app.api().get("/health/ready");
            assertEquals(503, ready.status());
            assertTrue(ready.body().contains("\"name\":\"redis\",\"status\":\"DOWN\""), ready.body());
            assertTrue(ready.body().contains("\"name\":\"database\",\"status\":\"UP\""), ready.body());
            assertEquals(200, app.api().get("/health/live").status());
            assertEquals(200, app.api().get("/api/users/").status());
        }
    }
}
