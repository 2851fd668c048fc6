package gg.pickban.e2e.control;

import gg.pickban.draft.entity.Draft;
import gg.pickban.draft.entity.DraftEvent;
import gg.pickban.draft.entity.DraftRound;
import gg.pickban.draft.entity.DraftStyle;
import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Chance;
import gg.pickban.platform.control.SeedRun;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;

/**
 * The ten drafts of the end-to-end seed (docs/e2e-seed.md §3), made with the draft's own rules (docs/decisions.md D53):
 * rounds built as init-draft builds them, then picks of the lowest-pk remaining player in round
 * order. Tie rolls come from the seed's reproducible random numbers; seeded events have no actor.
 */
@ApplicationScoped
public class DraftSeed {

    private record Planned(long tournament, DraftStyle style, boolean buildRounds, int picks) {
    }

    private static final int ALL = Integer.MAX_VALUE;

    private static final List<Planned> PLAN = List.of(
            new Planned(8, DraftStyle.SNAKE, true, 3),
            new Planned(9, DraftStyle.SNAKE, true, 0),
            new Planned(10, DraftStyle.SNAKE, true, ALL),
            new Planned(11, DraftStyle.SNAKE, true, ALL),
            new Planned(12, DraftStyle.SNAKE, true, ALL),
            new Planned(14, DraftStyle.SHUFFLE, true, 2),
            new Planned(15, DraftStyle.SHUFFLE, true, 0),
            new Planned(19, DraftStyle.SHUFFLE, false, 0),
            new Planned(20, DraftStyle.SNAKE, true, 0),
            new Planned(21, DraftStyle.SHUFFLE, true, 0));

    @PersistenceContext
    EntityManager em;

    public void seed(SeedRun run) {
        Chance chance = bound -> run.between(0, bound - 1);
        for (Planned planned : PLAN) {
            Draft draft = new Draft(em.find(Tournament.class, planned.tournament()), planned.style());
            em.persist(draft);
            em.flush();
            if (!planned.buildRounds()) {
                continue;
            }
            recorded(draft.restart(chance, run.now()));
            for (int i = 0; i < planned.picks(); i++) {
                DraftRound next = draft.rounds().stream().filter(r -> r.choice() == null).findFirst().orElse(null);
                List<User> remaining = draft.usersRemaining();
                if (next == null || remaining.isEmpty()) {
                    break;
                }
                User lowest = remaining.stream().min(Comparator.comparing(User::id)).orElseThrow();
                recorded(draft.pick(next, lowest, null, chance, run.now()).events());
            }
        }
    }

    private void recorded(List<DraftEvent> events) {
        events.forEach(em::persist);
        em.flush();
    }
}
