package gg.pickban.draft.entity;

import gg.pickban.platform.control.Chance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who picks next in a shuffle draft (docs/rules.md §4.3): the contender with the lowest total MMR;
 * when several share it, every one still tied rolls a d6, those below that round's highest roll drop
 * out, and the survivors roll again until one is left.
 */
public final class ShuffleOrder {

    /** A team that may pick next: its pk, name and total MMR. */
    public record Contender(long teamId, String name, int mmr) {
    }

    /** The winning team and, when it took rolls, how the tie went. */
    public record Outcome(long winnerId, TieRoll tie) {

        public boolean wasTie() {
            return tie != null;
        }
    }

    private ShuffleOrder() {
    }

    /** Empty when nobody contends. */
    public static Optional<Outcome> next(List<Contender> contenders, Chance chance) {
        if (contenders.isEmpty()) {
            return Optional.empty();
        }
        int lowest = contenders.stream().mapToInt(Contender::mmr).min().orElseThrow();
        List<Contender> tied = contenders.stream().filter(c -> c.mmr() == lowest)
                .sorted(Comparator.comparingLong(Contender::teamId)).toList();
        if (tied.size() == 1) {
            return Optional.of(new Outcome(tied.get(0).teamId(), null));
        }
        List<List<TieRoll.Roll>> rounds = new ArrayList<>();
        List<Contender> alive = tied;
        while (alive.size() > 1) {
            List<TieRoll.Roll> rolls = alive.stream().map(c -> new TieRoll.Roll(c.teamId(), checked(chance.roll(6)))).toList();
            rounds.add(rolls);
            int best = rolls.stream().mapToInt(TieRoll.Roll::roll).max().orElseThrow();
            List<Long> survivors = rolls.stream().filter(r -> r.roll() == best).map(TieRoll.Roll::teamId).toList();
            alive = alive.stream().filter(c -> survivors.contains(c.teamId())).toList();
        }
        long winner = alive.get(0).teamId();
        List<TieRoll.TiedTeam> tiedTeams = tied.stream().map(c -> new TieRoll.TiedTeam(c.teamId(), c.name(), c.mmr())).toList();
        return Optional.of(new Outcome(winner, new TieRoll(tiedTeams, rounds, winner)));
    }

    private static int checked(int roll) {
        if (roll < 1 || roll > 6) {
            throw new IllegalStateException("a d6 rolled " + roll);
        }
        return roll;
    }
}
