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
 * The tournament socket {@code /api/tournament/{tournament_id}/} (draft.md §9): {@code initial_events}
 * of the tournament's draft (no {@code draft_state} key; {@code []} without a draft), then every
 * {@code draft_event} of group {@code tournament_<id>}. Read-only. An unknown tournament is closed
 * with 4403 and no message.
 */
@ServerEndpoint("/api/tournament/{id}/")
public class TournamentSocket {

    @Inject
    Spectators spectators;

    @Inject
    DraftReplay replay;

    @OnOpen
    public void open(Session session, @PathParam("id") String id) {
        Long tournamentId = Spectators.id(id);
        if (tournamentId == null) {
            spectators.refuse(session);
            return;
        }
        spectators.watch(session, DraftGroups.tournament(tournamentId), () -> replay.ofTournament(tournamentId));
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
