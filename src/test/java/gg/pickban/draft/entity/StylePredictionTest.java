package gg.pickban.draft.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The from-scratch simulation per style and its worked example (docs/rules.md §4.5). */
class StylePredictionTest {

    private static final List<Integer> CAPTAINS = List.of(5000, 4000, 6000, 4500);
    private static final List<Integer> POOL = IntStream.rangeClosed(0, 15).map(i -> 3000 - 100 * i).boxed().toList();

    @Test
    void workedExampleSnake() {
        assertEquals(new StylePrediction(14000, 13500), StylePrediction.of(DraftStyle.SNAKE, CAPTAINS, POOL));
    }

    @Test
    void workedExampleNormal() {
        assertEquals(new StylePrediction(14600, 12900), StylePrediction.of(DraftStyle.NORMAL, CAPTAINS, POOL));
    }

    @Test
    void theSimulationStopsWhenThePoolIsEmptyAndNoTeamsMeansZero() {
        assertEquals(new StylePrediction(5000 + 3000, 4500 + 2700), StylePrediction.of(DraftStyle.SNAKE, CAPTAINS,
                List.of(3000, 2900, 2800, 2700)));
        assertEquals(new StylePrediction(0, 0), StylePrediction.of(DraftStyle.NORMAL, List.of(), POOL));
    }
}
