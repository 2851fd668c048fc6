package gg.pickban.draft.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The predicted totals of the first and the last team in team order if the draft ran from scratch in
 * one style (docs/rules.md §4.5): each team starts with its captain's MMR and, turn by turn, takes the best
 * player left in the pool until the pool is empty.
 */
public record StylePrediction(int firstPickMmr, int lastPickMmr) {

    public static final StylePrediction NO_TEAMS = new StylePrediction(0, 0);

    /**
     * @param captainMmrs each team's starting MMR, in team order
     * @param pool the players' MMRs, best first
     */
    public static StylePrediction of(DraftStyle style, List<Integer> captainMmrs, List<Integer> pool) {
        if (captainMmrs.isEmpty()) {
            return NO_TEAMS;
        }
        int[] totals = captainMmrs.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> left = new ArrayList<>(pool);
        for (PickOrder.Turn turn : PickOrder.of(style, totals.length)) {
            if (left.isEmpty()) {
                break;
            }
            totals[turn.teamIndex()] += left.remove(0);
        }
        return new StylePrediction(totals[0], totals[totals.length - 1]);
    }
}
