package gg.pickban.herodraft.boundary;

import jakarta.websocket.server.ServerEndpoint;

/** WebSocket paths match exactly; this registers the same socket without the final slash (conventions.md §2.1). */
@ServerEndpoint("/api/herodraft/{id}")
public class HeroDraftSocketWithoutSlash extends HeroDraftSocket {
}
