package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of("127.0.0.0/8", "10.0.0.0/8"));

    @Test
    void theClientIsTheRightMostHopThatIsNotATrustedProxy() {
        assertEquals("203.0.113.9", proxies.clientAddress("127.0.0.1", List.of("127.0.0.1, 203.0.113.9")),
                "whatever the client wrote on the left is its own claim");
        assertEquals("203.0.113.9", proxies.clientAddress("127.0.0.1", List.of("198.51.100.1, 203.0.113.9, 10.0.0.5")));
        assertEquals("203.0.113.9", proxies.clientAddress("127.0.0.1", List.of("198.51.100.1", "203.0.113.9")),
                "several headers are one list");
        assertEquals("10.0.0.7", proxies.clientAddress("127.0.0.1", List.of("10.0.0.7, 10.0.0.5")),
                "all hops trusted: the first one");
        assertEquals("127.0.0.1", proxies.clientAddress("127.0.0.1", List.of()));
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertEquals("203.0.113.9", proxies.clientAddress("203.0.113.9", List.of("127.0.0.1")));
    }

    @Test
    void httpsIsBelievedOnlyFromATrustedProxy() {
        assertTrue(proxies.httpsToBrowser(false, "127.0.0.1", "https"));
        assertTrue(proxies.httpsToBrowser(false, "10.1.1.1", "HTTPS, http"));
        assertFalse(proxies.httpsToBrowser(false, "203.0.113.9", "https"));
        assertFalse(proxies.httpsToBrowser(false, "127.0.0.1", "http"));
        assertFalse(proxies.httpsToBrowser(false, "127.0.0.1", null));
        assertTrue(proxies.httpsToBrowser(true, "203.0.113.9", null));
    }
}
