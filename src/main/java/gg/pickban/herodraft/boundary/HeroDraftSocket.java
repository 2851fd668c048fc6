package gg.pickban.herodraft.boundary;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/**
 * The live hero-draft socket {@code /api/herodraft/{id}/} (herodraft.md §8). A socket for a draft
 * that does not exist is closed at once with 4403 and no message (§8.1).
 */
@ServerEndpoint("/api/herodraft/{id}/")
public class HeroDraftSocket {

    static final CloseReason NO_SUCH_TARGET = new CloseReason(CloseReason.CloseCodes.getCloseCode(4403), "Not found");

    @OnOpen
    public void open(Session session, @PathParam("id") String id) throws IOException {
        session.close(NO_SUCH_TARGET);
    }
}
