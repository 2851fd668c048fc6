package gg.pickban.discord.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.discord.control.AvatarRotation.Candidate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AvatarRotationTest {

    private static final Instant T0 = Instant.parse("2026-01-21T18:00:00Z");

    @Test
    void neverCheckedComeFirstByPkThenTheLeastRecentlyChecked() {
        List<Candidate> candidates = List.of(
                new Candidate(1, T0.plusSeconds(60)),
                new Candidate(2, null),
                new Candidate(3, T0),
                new Candidate(4, null),
                new Candidate(5, T0.plusSeconds(30)),
                new Candidate(6, T0));
        assertEquals(List.of(2L, 4L, 3L, 6L, 5L, 1L), AvatarRotation.next(candidates, 50));
        assertEquals(List.of(2L, 4L, 3L), AvatarRotation.next(candidates, 3));
    }

    @Test
    void everyUserIsCheckedInEveryThreeConsecutiveBatchesOf50() {
        Map<Long, Instant> checkedAt = new HashMap<>();
        LongStream.rangeClosed(1, 120).forEach(id -> checkedAt.put(id, null));
        List<List<Long>> runs = new ArrayList<>();
        Instant now = T0;
        for (int run = 0; run < 8; run++) {
            now = now.plus(Duration.ofMinutes(5));
            List<Candidate> candidates = checkedAt.entrySet().stream()
                    .map(e -> new Candidate(e.getKey(), e.getValue())).toList();
            List<Long> batch = AvatarRotation.next(candidates, 50);
            Instant at = now;
            batch.forEach(id -> checkedAt.put(id, at));
            runs.add(batch);
        }
        List<Long> firstLap = new ArrayList<>();
        runs.subList(0, 3).forEach(firstLap::addAll);
        assertEquals(LongStream.rangeClosed(1, 120).boxed().toList(), firstLap.subList(0, 120),
                "never-checked users first, by pk");
        for (int first = 0; first + 3 <= runs.size(); first++) {
            Set<Long> covered = new HashSet<>();
            runs.subList(first, first + 3).forEach(covered::addAll);
            assertEquals(120, covered.size(), "runs " + first + ".." + (first + 2) + " leave someone out");
        }
    }
}
