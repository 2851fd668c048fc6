package gg.pickban.herodraft.boundary;

import gg.pickban.live.control.LiveSocketConfigurator;
import jakarta.websocket.server.ServerEndpoint;

/** WebSocket paths match exactly; this registers the same socket without the final slash (docs/api.md §2, Paths). */
@ServerEndpoint(value = "/api/herodraft/{id}", configurator = LiveSocketConfigurator.class)
public class HeroDraftSocketWithoutSlash extends HeroDraftSocket {
}
