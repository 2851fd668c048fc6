package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.Draft;
import gg.pickban.draft.entity.DraftEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import java.util.List;

/**
 * {@code POST /api/tournaments/draft-rebuild} (docs/rules.md §4.4): rosters recomputed from the picks, or
 * a first build when the draft has no rounds. Staff only.
 */
@Path("tournaments/draft-rebuild")
@RequestScoped
public class DraftRebuildResource extends StaffDraftRestart {

    @Override
    List<DraftEvent> apply(Draft draft) {
        return drafting.rebuild(draft);
    }
}
