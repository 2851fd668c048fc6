package gg.pickban.draft.boundary;

import jakarta.websocket.server.ServerEndpoint;

/** WebSocket paths match exactly; this registers the draft socket without the final slash (conventions.md §2.1). */
@ServerEndpoint("/api/draft/{id}")
public class DraftSocketWithoutSlash extends DraftSocket {
}
