package gg.pickban.draft.boundary;

import gg.pickban.platform.boundary.ClientMessages;
import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import java.util.Optional;

/**
 * What the draft and tournament sockets share: read-only (client frames are ignored), an unknown
 * target is closed with 4403 and no message, otherwise the opening replay and then every message
 * of the target's group.
 */
public abstract class SpectatorSocket {

    @Inject
    Spectators spectators;

    @Inject
    DraftReplay replay;

    /** The group whose messages this socket receives. */
    abstract String group(long id);

    /** The first message, or empty when the target does not exist. */
    abstract Optional<Opening> opening(long id);

    /** The newest event with the draft's state now, for a socket that may have missed messages. */
    abstract Optional<DraftEnvelope> newest(long id);

    @OnOpen
    public void open(Session session, @PathParam("id") String id) {
        ClientMessages.bound(session);
        Long target = Spectators.id(id);
        if (target == null) {
            spectators.refuse(session);
            return;
        }
        spectators.watch(session, group(target), () -> opening(target), () -> newest(target));
    }

    @OnMessage(maxMessageSize = ClientMessages.MAX_SIZE)
    public void ignore(String message) {
        // read-only socket
    }

    @OnClose
    public void close(Session session) {
        spectators.leave(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        spectators.leave(session);
    }
}
