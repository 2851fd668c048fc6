package gg.pickban.e2e.control;

import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.platform.control.SeedRun;
import gg.pickban.tournament.entity.Game;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one hero draft of the end-to-end seed (docs/e2e-seed.md §3): on game 39 of the Demo HeroDraft
 * Tournament, waiting for captains, DraftTeams radiant slot then dire slot, no rounds, no events.
 */
@ApplicationScoped
public class HeroDraftSeed {

    static final long DEMO_GAME = 39;

    @PersistenceContext
    EntityManager em;

    public void seed(SeedRun run) {
        Game game = em.find(Game.class, DEMO_GAME);
        em.persist(new HeroDraft(game, game.radiantTeam(), game.direTeam(), run.now()));
        em.flush();
    }
}
