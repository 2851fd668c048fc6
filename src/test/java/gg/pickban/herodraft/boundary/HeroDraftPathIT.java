package gg.pickban.herodraft.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.SocketClient;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/herodraft/{id}/} is one path for two protocols: a plain GET reaches JAX-RS, an
 * Upgrade reaches the WebSocket endpoint — with and without the trailing slash.
 */
@ExtendWith(SharedApp.class)
class HeroDraftPathIT {

    @Test
    void plainGetIsAnsweredByJaxRs(AppProcess app) {
        for (String path : new String[] {"/api/herodraft/424242/", "/api/herodraft/424242"}) {
            Reply reply = app.api().get(path);
            assertEquals(404, reply.status(), path);
            assertEquals("{\"detail\":\"Not found.\"}", reply.body(), path);
        }
    }

    @Test
    void upgradeIsAnsweredByTheSocketWhichClosesUnknownDraftsWith4403(AppProcess app) throws InterruptedException {
        for (String path : new String[] {"/api/herodraft/424242/", "/api/herodraft/424242"}) {
            try (SocketClient socket = SocketClient.connect(app, path, app.uri("").toString())) {
                assertEquals(4403, socket.awaitClose(Duration.ofSeconds(10)), path);
                assertEquals(null, socket.nextMessage(Duration.ofMillis(100)), "no message before the close");
            }
        }
    }

    @Test
    void handshakesWithoutOrWithAForeignOriginAreRefusedWith403(AppProcess app) {
        for (String origin : new String[] {null, "https://evil.example", "http://127.0.0.1:1"}) {
            CompletionException refused = assertThrows(CompletionException.class,
                    () -> SocketClient.connect(app, "/api/herodraft/424242/", origin), String.valueOf(origin));
            WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class, refused.getCause());
            assertEquals(403, handshake.getResponse().statusCode());
        }
    }
}
