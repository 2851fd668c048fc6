package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

    @Test
    void aSentIdIsEchoedAndAMissingOneIsAFreshVersion4Uuid() {
        assertEquals("abc-123", RequestIdFilter.idFor("abc-123"));
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIdFilter.idFor(i % 2 == 0 ? null : " ");
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(36, id.length());
            issued.add(id);
        }
        assertEquals(10_000, issued.size(), "no id issued twice");
    }
}
