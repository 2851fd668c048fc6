package gg.pickban.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalConnectionCountsTest {

    private final LocalConnectionCounts counts = new LocalConnectionCounts();

    @Test
    void countsOpenSocketsPerKeyAndNeverGoesBelowZero() {
        assertEquals(1, counts.opened("herodraft:connections:1"));
        assertEquals(2, counts.opened("herodraft:connections:1"));
        assertEquals(1, counts.opened("herodraft:connections:2"));
        assertEquals(1, counts.closed("herodraft:connections:1"));
        assertEquals(0, counts.closed("herodraft:connections:1"));
        assertEquals(0, counts.closed("herodraft:connections:1"));
        assertEquals(0, counts.total("herodraft:connections:1"));
        assertEquals(1, counts.total("herodraft:connections:2"));
    }
}
