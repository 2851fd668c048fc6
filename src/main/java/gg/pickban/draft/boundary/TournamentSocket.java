package gg.pickban.draft.boundary;

import gg.pickban.live.control.LiveSocketConfigurator;
import jakarta.websocket.server.ServerEndpoint;
import java.util.Optional;

/**
 * The tournament socket {@code /api/tournament/{tournament_id}/} (docs/api.md §7): {@code initial_events}
 * of the tournament's draft (no {@code draft_state} key; {@code []} without a draft), then every
 * {@code draft_event} of group {@code tournament_<id>}. Read-only. An unknown tournament is closed
 * with 4403 and no message.
 */
@ServerEndpoint(value = "/api/tournament/{id}/", configurator = LiveSocketConfigurator.class)
public class TournamentSocket extends SpectatorSocket {

    @Override
    String group(long id) {
        return DraftGroups.tournament(id);
    }

    @Override
    Optional<DraftEnvelope> newest(long id) {
        return replay.newestOfTournament(id);
    }

    @Override
    Optional<Opening> opening(long id) {
        return replay.ofTournament(id);
    }
}
