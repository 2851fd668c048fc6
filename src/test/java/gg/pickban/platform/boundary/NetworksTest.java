package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworksTest {

    private final Networks defaults = Networks.parse(
            List.of("127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"));

    @Test
    void loopbackAndPrivateRangesAreInside() {
        for (String address : List.of("127.0.0.1", "127.255.0.9", "::1", "0:0:0:0:0:0:0:1", "10.1.2.3",
                "172.31.255.255", "192.168.0.1", "::ffff:127.0.0.1")) {
            assertTrue(defaults.contains(address), address);
        }
    }

    @Test
    void publicAddressesAreOutside() {
        for (String address : List.of("8.8.8.8", "172.32.0.1", "192.169.0.1", "11.0.0.1", "2001:db8::1")) {
            assertFalse(defaults.contains(address), address);
        }
    }

    @Test
    void hostNamesAndGarbageAreNeverInsideAndNeverLookedUp() {
        for (String address : List.of("localhost", "example.com", "", "127.0.0.1; drop", "[::1]x")) {
            assertFalse(defaults.contains(address), address);
        }
    }

    @Test
    void emptyOrInvalidRangesAreIgnored() {
        assertFalse(Networks.parse(List.of("", "nonsense/8")).contains("127.0.0.1"));
        assertTrue(Networks.parse(List.of("203.0.113.7")).contains("203.0.113.7"));
    }
}
