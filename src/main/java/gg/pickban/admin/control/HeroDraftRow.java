package gg.pickban.admin.control;

import gg.pickban.herodraft.entity.HeroDraft;
import java.io.Serializable;
import java.time.Instant;

/** A line of the hero drafts table. */
public record HeroDraftRow(long id, long gameId, String tournament, String state, Instant created, Instant updated)
        implements Serializable {

    static HeroDraftRow of(HeroDraft draft) {
        return new HeroDraftRow(draft.id(), draft.game().id(),
                draft.game().tournament() == null ? null : draft.game().tournament().name(), draft.state().wire(),
                draft.createdAt(), draft.updatedAt());
    }
}
