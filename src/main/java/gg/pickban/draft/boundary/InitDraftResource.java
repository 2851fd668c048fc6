package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.Draft;
import gg.pickban.draft.entity.DraftEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import java.util.List;

/**
 * {@code POST /api/tournaments/init-draft} (docs/rules.md §4.4): start or restart the tournament's draft.
 * Staff only; a tournament without player captains is refused with nothing changed (docs/decisions.md D19).
 */
@Path("tournaments/init-draft")
@RequestScoped
public class InitDraftResource extends StaffDraftRestart {

    @Override
    List<DraftEvent> apply(Draft draft) {
        return drafting.start(draft);
    }
}
