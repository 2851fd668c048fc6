package gg.pickban.draft.boundary;

import gg.pickban.live.control.LiveSocketConfigurator;
import jakarta.websocket.server.ServerEndpoint;

/** WebSocket paths match exactly; this registers the draft socket without the final slash (docs/api.md §2, Paths). */
@ServerEndpoint(value = "/api/draft/{id}", configurator = LiveSocketConfigurator.class)
public class DraftSocketWithoutSlash extends DraftSocket {
}
