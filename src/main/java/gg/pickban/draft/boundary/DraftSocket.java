package gg.pickban.draft.boundary;

import gg.pickban.live.control.LiveSocketConfigurator;
import jakarta.websocket.server.ServerEndpoint;
import java.util.Optional;

/**
 * The live draft socket {@code /api/draft/{draft_id}/} (docs/api.md §7): {@code initial_events} with the
 * draft's state, then every {@code draft_event} of group {@code draft_<id>}. Read-only: client
 * frames are ignored. An unknown draft is closed with 4403 and no message.
 */
@ServerEndpoint(value = "/api/draft/{id}/", configurator = LiveSocketConfigurator.class)
public class DraftSocket extends SpectatorSocket {

    @Override
    String group(long id) {
        return DraftGroups.draft(id);
    }

    @Override
    Optional<DraftEnvelope> newest(long id) {
        return replay.newestOfDraft(id);
    }

    @Override
    Optional<Opening> opening(long id) {
        return replay.ofDraft(id);
    }
}
