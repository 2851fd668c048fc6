package gg.pickban.admin.control;

import gg.pickban.admin.entity.AuditedObject;
import gg.pickban.herodraft.control.HeroDrafts;
import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * What staff may do to a hero draft from the staff site — reset it, or time out its active round
 * now — through the draft's own operations, with the draft row-locked like every writer's, each
 * audited. A refusal of the draft's rules ({@code HeroDraftRefused}) leaves everything as it was.
 */
@ApplicationScoped
public class HeroDraftAdministration {

    @Inject
    HeroDrafts drafts;

    @Inject
    AuditLog audit;

    @Transactional
    public Optional<HeroDraftView> view(long id) {
        return drafts.find(id).map(draft -> HeroDraftView.of(draft, drafts.events(id)));
    }

    /** @return false when there is no such draft */
    @Transactional
    public boolean reset(User actor, long id) {
        return drafts.locked(id).map(draft -> {
            Snapshot before = snapshot(draft);
            drafts.reset(draft, Jsonp.createValue(actor.id()));
            audit.record(actor, object(draft), "reset", before, snapshot(draft));
            return true;
        }).orElse(false);
    }

    @Transactional
    public boolean forceTimeout(User actor, long id) {
        return drafts.locked(id).map(draft -> {
            Snapshot before = snapshot(draft);
            drafts.forceTimeout(draft);
            audit.record(actor, object(draft), "force_timeout", before, snapshot(draft));
            return true;
        }).orElse(false);
    }

    private static AuditedObject object(HeroDraft draft) {
        return AuditedObject.of(AuditedObject.HERO_DRAFT, draft.id(), "Hero draft " + draft.id() + " of game " + draft.game().id());
    }

    private static Snapshot snapshot(HeroDraft draft) {
        return new Snapshot().with("state", draft.state().wire()).with("current_round", draft.currentRound());
    }
}
