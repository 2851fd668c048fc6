package gg.pickban.herodraft.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The 24-step order (docs/rules.md §5.3) and the hero pool (docs/rules.md §5.4). */
class HeroDraftCaptainsModeTest {

    private static long count(boolean first, ActionType action) {
        return CaptainsMode.STEPS.stream().filter(s -> s.firstPickTeam() == first && s.action() == action).count();
    }

    @Test
    void theTableOfSection5() {
        assertEquals(24, CaptainsMode.STEPS.size());
        assertEquals("FFSSFSSFSSFSFSFSFSFSFSFS", CaptainsMode.STEPS.stream().map(s -> s.firstPickTeam() ? "F" : "S")
                .reduce("", String::concat));
        assertEquals(List.of(8, 9, 13, 14, 15, 16, 17, 18, 23, 24), CaptainsMode.STEPS.stream()
                .filter(s -> s.action() == ActionType.PICK).map(CaptainsMode.Step::roundNumber).toList());
        assertEquals(6, count(true, ActionType.BAN));
        assertEquals(5, count(true, ActionType.PICK));
        assertEquals(8, count(false, ActionType.BAN));
        assertEquals(5, count(false, ActionType.PICK));
    }

    @Test
    void thePoolHasExactly127Heroes() {
        assertEquals(127, HeroPool.HEROES.size());
        assertEquals(HeroPool.HEROES.stream().sorted().toList(), HeroPool.HEROES);
        for (int id : new int[] {1, 23, 25, 114, 119, 120, 121, 123, 126, 128, 129, 131, 135, 136, 137, 138, 145, 155}) {
            assertTrue(HeroPool.contains(id), "" + id);
        }
        List<Integer> absent = IntStream.concat(IntStream.of(0, -1, 24, 122, 124, 125, 127, 130, 156, 200),
                IntStream.concat(IntStream.rangeClosed(115, 118), IntStream.rangeClosed(139, 144))).boxed().toList();
        absent.forEach(id -> assertFalse(HeroPool.contains(id), "" + id));
        IntStream.rangeClosed(146, 154).forEach(id -> assertFalse(HeroPool.contains(id), "" + id));
        assertFalse(HeroPool.contains(4_294_967_297L), "no overflow into hero 1");
        assertEquals(125, HeroPool.without(List.of(1, 155)).size());
    }
}
