package gg.pickban.draft.boundary;

import jakarta.websocket.server.ServerEndpoint;

/** WebSocket paths match exactly; this registers the tournament socket without the final slash (conventions.md §2.1). */
@ServerEndpoint("/api/tournament/{id}")
public class TournamentSocketWithoutSlash extends TournamentSocket {
}
