package gg.pickban.draft.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The turns of a draft of N teams (docs/rules.md §4.2): four phases of one pick per team, numbered 1 … 4·N.
 * Snake reverses the team order in phases 2 and 4; every other style keeps it (shuffle only uses the
 * numbering, its captains are chosen as the draft goes).
 */
public final class PickOrder {

    public static final int PHASES = 4;

    /** One pick: its global number, its phase and the index of the picking team in team order. */
    public record Turn(int pickNumber, int phase, int teamIndex) {
    }

    private PickOrder() {
    }

    public static List<Turn> of(DraftStyle style, int teams) {
        List<Turn> turns = new ArrayList<>();
        for (int phase = 1; phase <= PHASES; phase++) {
            boolean reversed = style == DraftStyle.SNAKE && phase % 2 == 0;
            for (int i = 0; i < teams; i++) {
                turns.add(new Turn(turns.size() + 1, phase, reversed ? teams - 1 - i : i));
            }
        }
        return turns;
    }
}
