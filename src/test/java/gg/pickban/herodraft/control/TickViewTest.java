package gg.pickban.herodraft.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TickViewTest {

    private static final Instant READ = Instant.parse("2026-11-25T21:00:00Z");
    private final TickView view = new TickView(null, List.of(), "stamp-1", READ);

    @Test
    void standsWhileTheDraftKeepsItsStampForUpToTenSeconds() {
        assertTrue(view.stillCurrent("stamp-1", READ.plusSeconds(9)));
        assertFalse(view.stillCurrent("stamp-2", READ.plusSeconds(1)), "a writer replaced the stamp");
        assertFalse(view.stillCurrent("stamp-1", READ.plusSeconds(10)), "read again at least every 10 s");
    }
}
