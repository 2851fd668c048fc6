package gg.pickban.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FairChanceTest {

    private final FairChance chance = new FairChance();

    @Test
    void aD6ShowsEveryFaceAndNothingElse() {
        Set<Integer> faces = new TreeSet<>();
        IntStream.range(0, 2_000).forEach(i -> faces.add(chance.roll(6)));
        assertEquals(Set.of(1, 2, 3, 4, 5, 6), faces, "a miss has odds of about 6 * (5/6)^2000");
    }

    @Test
    void belowStaysUnderItsBound() {
        Set<Integer> seen = new TreeSet<>();
        IntStream.range(0, 2_000).forEach(i -> seen.add(chance.below(2)));
        assertEquals(Set.of(0, 1), seen);
    }

    @Test
    void aRollIsOneAboveWhatBelowAnswers() {
        Chance scripted = bound -> bound - 1;
        assertEquals(6, scripted.roll(6));
        assertEquals(20, scripted.roll(20));
    }
}
