package gg.pickban.draft.boundary;

import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

/**
 * The live draft socket {@code /api/draft/{draft_id}/} (draft.md §9): {@code initial_events} with the
 * draft's state, then every {@code draft_event} of group {@code draft_<id>}. Read-only: client
 * frames are ignored. An unknown draft is closed with 4403 and no message.
 */
@ServerEndpoint("/api/draft/{id}/")
public class DraftSocket {

    @Inject
    Spectators spectators;

    @Inject
    DraftReplay replay;

    @OnOpen
    public void open(Session session, @PathParam("id") String id) {
        Long draftId = Spectators.id(id);
        if (draftId == null) {
            spectators.refuse(session);
            return;
        }
        spectators.watch(session, DraftGroups.draft(draftId), () -> replay.ofDraft(draftId));
    }

    @OnMessage
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
