package gg.pickban.platform.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * One run of the end-to-end seed (docs/e2e-seed.md): its instant ("now"), its UTC date ("today") and
 * the reproducible source of the values the contract calls random.
 */
public record SeedRun(Instant now, Random random) {

    /** The PRNG seed: same data on every run. */
    public static final long RANDOM_SEED = 20260131L;

    public static SeedRun at(Instant now) {
        return new SeedRun(now, new Random(RANDOM_SEED));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** Midnight UTC of today plus {@code days}. */
    public Instant midnight(int days) {
        return today().plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A uniform integer in [{@code from}, {@code to}]. */
    public int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }
}
