package gg.pickban.discord.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Which users the 5-minute batch checks (docs/decisions.md D43): the least recently checked first — never checked
 * before anyone, ties by pk — so the batch walks round all users instead of the first 50 forever.
 */
public final class AvatarRotation {

    /** A user the batch may check: one with a Discord id and an avatar hash. */
    public record Candidate(long userId, Instant checkedAt) {
    }

    static final Comparator<Candidate> LEAST_RECENTLY_CHECKED = Comparator
            .comparing(Candidate::checkedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(Candidate::userId);

    private AvatarRotation() {
    }

    public static List<Long> next(List<Candidate> candidates, int size) {
        return candidates.stream().sorted(LEAST_RECENTLY_CHECKED).limit(size).map(Candidate::userId).toList();
    }
}
