package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.glassfish.tyrus.core.monitoring.EndpointEventListener;
import org.junit.jupiter.api.Test;

class SocketTallyTest {

    @Test
    void theKindIsThePathSegmentAfterApiWithOrWithoutTheTrailingSlash() {
        assertEquals("herodraft", SocketTally.kind("/api/herodraft/{id}/"));
        assertEquals("herodraft", SocketTally.kind("/api/herodraft/{id}"));
        assertEquals("draft", SocketTally.kind("/api/draft/{id}/"));
        assertEquals("/elsewhere", SocketTally.kind("/elsewhere"));
    }

    @Test
    void sessionsOfBothSpellingsCountForTheirKindUntilTheyClose() {
        SocketTally tally = new SocketTally();
        EndpointEventListener slash = tally.onEndpointRegistered("/api/tournament/{id}/", Object.class);
        EndpointEventListener noSlash = tally.onEndpointRegistered("/api/tournament/{id}", Object.class);
        slash.onSessionOpened("a");
        noSlash.onSessionOpened("b");
        assertEquals(2, SocketTally.open().get("tournament"));
        slash.onSessionClosed("a");
        assertEquals(1, SocketTally.open().get("tournament"));
        tally.onApplicationDestroyed();
        assertEquals(null, SocketTally.open().get("tournament"));
    }
}
