package gg.pickban.herodraft.boundary;

import gg.pickban.identity.boundary.SessionUser;
import gg.pickban.live.control.LiveSocketConfigurator;
import gg.pickban.platform.boundary.ClientMessages;
import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live hero-draft socket {@code /api/herodraft/{id}/} (docs/api.md §7, docs/rules.md §5.7): {@code initial_state},
 * then every {@code herodraft_event} and {@code herodraft_tick} of the draft; captains (known from the
 * session of the handshake) send heartbeats. A socket for a draft that does not exist is closed at
 * once with 4403 and no message (docs/api.md §7, Handshake).
 */
@ServerEndpoint(value = "/api/herodraft/{id}/", configurator = LiveSocketConfigurator.class)
public class HeroDraftSocket {

    private static final Logger LOG = Logger.getLogger(HeroDraftSocket.class.getName());

    @Inject
    HeroDraftWatchers watchers;

    @OnOpen
    public void open(Session session, @PathParam("id") String id) {
        ClientMessages.bound(session);
        if (id == null || !id.matches("[0-9]{1,18}")) {
            HeroDraftWatchers.close(session, HeroDraftWatchers.NO_SUCH_DRAFT);
            return;
        }
        Optional<SessionUser> user = session.getUserPrincipal() instanceof SessionUser u ? Optional.of(u) : Optional.empty();
        watchers.open(session, Long.parseLong(id), user);
    }

    @OnMessage(maxMessageSize = ClientMessages.MAX_SIZE)
    public void message(Session session, String text) {
        watchers.received(session, text);
    }

    @OnClose
    public void close(Session session) {
        watchers.closed(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        LOG.log(Level.FINE, "hero-draft socket " + session.getId() + " failed", error);
        watchers.closed(session);
    }
}
