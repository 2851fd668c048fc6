package gg.pickban.draft.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The turn order of snake and normal drafts and their phases (docs/rules.md §4.2). */
class PickOrderTest {

    private static List<Integer> picksOf(DraftStyle style, int teams, int teamIndex) {
        return PickOrder.of(style, teams).stream().filter(t -> t.teamIndex() == teamIndex).map(PickOrder.Turn::pickNumber).toList();
    }

    @Test
    void snakeAlternatesTheTeamOrderPhaseByPhase() {
        List<Integer> teamOfPick = PickOrder.of(DraftStyle.SNAKE, 4).stream().map(t -> t.teamIndex() + 1).toList();
        assertEquals(List.of(1, 2, 3, 4, 4, 3, 2, 1, 1, 2, 3, 4, 4, 3, 2, 1), teamOfPick);
        assertEquals(List.of(1, 8, 9, 16), picksOf(DraftStyle.SNAKE, 4, 0), "T1");
        assertEquals(List.of(4, 5, 12, 13), picksOf(DraftStyle.SNAKE, 4, 3), "T4");
    }

    @Test
    void normalKeepsTheTeamOrderInEveryPhase() {
        assertEquals(List.of(1, 5, 9, 13), picksOf(DraftStyle.NORMAL, 4, 0), "T1");
        assertEquals(List.of(4, 8, 12, 16), picksOf(DraftStyle.NORMAL, 4, 3), "T4");
    }

    @Test
    void pickNumbersRunOneToFourNWithTheirPhase() {
        List<PickOrder.Turn> turns = PickOrder.of(DraftStyle.SNAKE, 3);
        assertEquals(IntStream.rangeClosed(1, 12).boxed().toList(), turns.stream().map(PickOrder.Turn::pickNumber).toList());
        assertEquals(List.of(1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4), turns.stream().map(PickOrder.Turn::phase).toList());
        assertEquals(List.of(), PickOrder.of(DraftStyle.NORMAL, 0));
    }
}
