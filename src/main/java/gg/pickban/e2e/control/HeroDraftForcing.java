package gg.pickban.e2e.control;

import gg.pickban.herodraft.control.HeroDrafts;
import gg.pickban.herodraft.entity.Actor;
import gg.pickban.herodraft.entity.DraftTeam;
import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.herodraft.entity.HeroDraftRefused;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Jsonp;
import gg.pickban.tournament.entity.Game;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Puts a game's hero draft into a named state for the frontend's tests (docs/e2e-seed.md §2,
 * {@code herodraft-by-key}) through the draft's own rules, as its captains would have got there.
 * Forcing starts from a clean draft and broadcasts nothing; only the roll's event is kept.
 */
@ApplicationScoped
public class HeroDraftForcing {

    /** The states a key can ask for, in the order they build on each other. */
    public enum Target {
        WAITING, ROLLING, CHOOSING, DRAFTING
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HeroDrafts drafts;

    /** The game's hero draft, made (radiant slot, dire slot) when it has none. */
    public HeroDraft draftOf(Game game) {
        if (game.radiantTeam() == null || game.direTeam() == null) {
            throw new HeroDraftRefused("Game must have both radiant and dire teams");
        }
        if (game.radiantTeam().captain() == null || game.direTeam().captain() == null) {
            throw new HeroDraftRefused("Both teams must have captains");
        }
        em.lock(game, LockModeType.PESSIMISTIC_WRITE);
        return em.createNamedQuery(HeroDraft.OF_GAME, Long.class).setParameter("game", game.id()).getResultStream()
                .findFirst().flatMap(drafts::locked).orElseGet(() -> {
                    HeroDraft made = new HeroDraft(game, game.radiantTeam(), game.direTeam(), drafts.now());
                    em.persist(made);
                    em.flush();
                    return made;
                });
    }

    public void force(HeroDraft draft, Target target) {
        Instant now = drafts.now();
        drafts.deleteEvents(draft);
        draft.reset(Jsonp.createValue("test_endpoint"), now);
        em.flush();
        if (target == Target.WAITING) {
            return;
        }
        List<Actor> captains = draft.teams().stream().map(team -> actor(team.captain())).toList();
        captains.forEach(captain -> {
            draft.setReady(captain, now);
            draft.captainConnected(captain.userId(), now);
        });
        if (target == Target.ROLLING) {
            return;
        }
        drafts.record(List.of(draft.roll(captains.get(0), drafts.chance(), now)));
        if (target == Target.CHOOSING) {
            return;
        }
        DraftTeam winner = draft.rollWinner().orElseThrow();
        draft.choose(winner, HeroDraft.PICK_ORDER, "first", now);
        draft.choose(winner, HeroDraft.SIDE, "dire", now);
        em.flush();
    }

    private static Actor actor(User captain) {
        return new Actor(captain.id(), captain.username(), false, false);
    }
}
