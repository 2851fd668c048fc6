package gg.pickban.herodraft.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TickViewTest {

    private static final Instant CREATED = Instant.parse("2026-11-25T20:00:00.123456Z");
    private static final Instant READ = Instant.parse("2026-11-25T21:00:00Z");
    private final TickView view = new TickView(null, List.of(), new DraftStamp(7, CREATED), READ);

    @Test
    void standsWhileTheSameDraftKeepsItsVersionForUpToTenSeconds() {
        assertTrue(view.stillCurrent(new DraftStamp(7, CREATED), READ.plusSeconds(9)));
        assertFalse(view.stillCurrent(new DraftStamp(8, CREATED), READ.plusSeconds(1)), "a write moved the version on");
        assertFalse(view.stillCurrent(new DraftStamp(7, CREATED.plusMillis(5)), READ.plusSeconds(1)),
                "another draft under the same id (after a reseed)");
        assertFalse(view.stillCurrent(new DraftStamp(7, CREATED), READ.plusSeconds(10)), "read again at least every 10 s");
    }
}
