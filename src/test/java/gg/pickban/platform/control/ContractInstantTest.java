package gg.pickban.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContractInstantTest {

    @Test
    void wholeSecondsHaveNoFraction() {
        assertEquals("2026-01-21T18:00:00Z", ContractInstant.format(Instant.parse("2026-01-21T18:00:00Z")));
    }

    @Test
    void fractionsAreSixDigitsOfMicroseconds() {
        assertEquals("2026-01-21T18:00:00.123456Z", ContractInstant.format(Instant.parse("2026-01-21T18:00:00.123456789Z")));
        assertEquals("2026-01-21T18:00:00.120000Z", ContractInstant.format(Instant.parse("2026-01-21T18:00:00.12Z")));
    }

    @Test
    void nanosecondsBelowAMicrosecondCountAsWholeSeconds() {
        assertEquals("2026-01-21T18:00:00Z", ContractInstant.format(Instant.parse("2026-01-21T18:00:00.000000999Z")));
    }
}
