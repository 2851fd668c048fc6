package gg.pickban.draft.boundary;

import static gg.pickban.draft.DraftArrange.pick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.draft.DraftArrange.Arranged;
import gg.pickban.draft.DraftArrange;
import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Browser;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.RawSocketClient;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The frontend's side of the draft socket, in a real browser: headless Chromium offers permessage-deflate
 * on every WebSocket, so what a page receives is the compressed shared frame inflated by the browser
 * itself. It must be exactly what a client without compression receives, and the browser's own
 * compressed messages (which keep their context) must not upset the socket.
 */
@ExtendWith(SharedApp.class)
class DraftSocketBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String OPEN = "window.__messages = []; window.__closed = null;"
            + " const ws = new WebSocket(location.origin.replace(/^http/, 'ws') + arguments[0]); window.__ws = ws;"
            + " ws.onmessage = e => window.__messages.push(e.data); ws.onclose = e => window.__closed = e.code;";

    @Test
    void aPageReceivesExactlyWhatAPlainClientReceives(AppProcess app) throws Exception {
        assertTrue(Browser.available(), "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        Api staff = Logins.staff(app);
        Arranged t = DraftArrange.draft(staff, "snake", List.of(5000, 4000), List.of(3000, 2900, 2800, 2700));
        String path = "/api/draft/" + t.draft() + "/";
        long compressedBefore = SharedFramesIT.sends(app, "compressed_frame");
        try (Browser browser = Browser.open(app); RawSocketClient plain = RawSocketClient.connect(app, path, null)) {
            browser.go("/api/").script(OPEN, path);
            browser.waitUntil(() -> received(browser).size() == 1);
            assertEquals("permessage-deflate; server_no_context_takeover", browser.script("return window.__ws.extensions;"),
                    "the browser's offer was taken");
            List<String> expected = new ArrayList<>();
            expected.add(plain.nextMessage(WAIT));
            browser.script("for (let i = 0; i < 3; i++) window.__ws.send(JSON.stringify({type: 'heartbeat'}));");

            for (int i = 0; i < 4; i++) {
                Reply reply = i % 2 == 0 ? staff.post("/api/tournaments/pick_player", pick(t.round(1), t.players().get(0)))
                        : staff.post("/api/tournaments/undo-pick", "{\"draft_pk\": " + t.draft() + "}");
                assertTrue(reply.status() / 100 == 2, reply.body());
                String next = plain.nextMessage(WAIT);
                assertNotNull(next, "event " + i);
                expected.add(next);
            }
            browser.waitUntil(() -> received(browser).size() >= expected.size());
            assertEquals(expected, received(browser), "the page got the same texts, in the same order");
            assertNull(browser.script("return window.__closed;"), "the socket is still open");
            assertEquals(0, plain.compressedMessages());
        }
        assertTrue(SharedFramesIT.sends(app, "compressed_frame") - compressedBefore >= 5, "the browser was sent compressed frames");
    }

    @SuppressWarnings("unchecked")
    private static List<String> received(Browser browser) {
        return (List<String>) browser.script("return window.__messages.slice();");
    }
}
