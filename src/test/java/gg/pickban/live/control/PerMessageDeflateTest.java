package gg.pickban.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import gg.pickban.platform.boundary.ClientMessages;
import jakarta.websocket.Extension;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import org.glassfish.tyrus.core.TyrusExtension;
import org.glassfish.tyrus.core.extension.ExtendedExtension.ExtensionContext;
import org.glassfish.tyrus.core.frame.Frame;
import org.junit.jupiter.api.Test;

/**
 * The answer to a client's permessage-deflate offer, and client messages inflated: with the client's
 * context kept from message to message unless it agreed not to, and never far past the size limit.
 */
class PerMessageDeflateTest {

    @Test
    void theServerAlwaysDropsItsContextAndAnswersWhatItMustSayBack() {
        assertEquals("permessage-deflate; server_no_context_takeover", answer("permessage-deflate; client_max_window_bits"));
        assertEquals("permessage-deflate; server_no_context_takeover", answer("permessage-deflate"));
        assertEquals("permessage-deflate; server_no_context_takeover", answer("permessage-deflate; server_no_context_takeover"));
        assertEquals("permessage-deflate; server_no_context_takeover; client_no_context_takeover",
                answer("permessage-deflate; client_no_context_takeover"));
        assertEquals("permessage-deflate; server_no_context_takeover; server_max_window_bits=15",
                answer("permessage-deflate; server_max_window_bits=15"));
        assertEquals("permessage-deflate; server_no_context_takeover", answer("permessage-deflate; client_max_window_bits=10"));
    }

    @Test
    void anOfferItCannotHonourIsDeclined() {
        assertNull(answer("permessage-deflate; server_max_window_bits=10"), "the JDK deflater always uses 15 bits");
        assertNull(answer("permessage-deflate; x_unknown"));
        assertNull(answer("permessage-deflate; client_max_window_bits=7"));
        assertNull(answer("permessage-deflate; client_max_window_bits; client_max_window_bits"));
        assertNull(answer("permessage-deflate; server_no_context_takeover=1"));
        assertNull(answer("x-webkit-deflate-frame"));
    }

    @Test
    void aClientThatKeepsItsContextIsInflatedWithTheConnectionsOwnInflater() {
        PerMessageDeflate deflate = PerMessageDeflate.accept(offer("permessage-deflate; client_max_window_bits"));
        Context connection = new Context();
        Deflater client = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        String heartbeat = "{\"type\":\"heartbeat\",\"captain\":\"someone with a long name\"}";
        byte[] first = compress(client, heartbeat);
        byte[] second = compress(client, heartbeat);
        assertFalse(Arrays.equals(first, second), "the second refers back to the first");
        assertEquals(heartbeat, text(deflate.processIncoming(connection, frame(first, true, true))));
        assertEquals(heartbeat, text(deflate.processIncoming(connection, frame(second, true, true))));
        assertEquals("plain", text(deflate.processIncoming(connection, frame("plain".getBytes(StandardCharsets.UTF_8), false, true))));
        client.end();
    }

    @Test
    void aFragmentedCompressedMessageIsInflatedAcrossItsFrames() {
        PerMessageDeflate deflate = PerMessageDeflate.accept(offer("permessage-deflate"));
        Context connection = new Context();
        Deflater client = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        byte[] whole = compress(client, "{\"type\":\"heartbeat\"}");
        int half = whole.length / 2;
        Frame start = Frame.builder().fin(false).rsv1(true).opcode((byte) 1)
                .payloadData(Arrays.copyOf(whole, half)).payloadLength(half).build();
        Frame end = Frame.builder().fin(true).opcode((byte) 0)
                .payloadData(Arrays.copyOfRange(whole, half, whole.length)).payloadLength(whole.length - half).build();
        String inflated = text(deflate.processIncoming(connection, start)) + text(deflate.processIncoming(connection, end));
        assertEquals("{\"type\":\"heartbeat\"}", inflated);
        client.end();
    }

    @Test
    void anOversizedMessageStopsOneBytePastTheLimit() {
        PerMessageDeflate deflate = PerMessageDeflate.accept(offer("permessage-deflate"));
        Deflater client = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        Frame inflated = deflate.processIncoming(new Context(), frame(compress(client, "x".repeat(1_000_000)), true, true));
        assertEquals(ClientMessages.MAX_SIZE + 1, inflated.getPayloadLength(), "enough for Tyrus to close with 1009, no more");
        assertFalse(inflated.isRsv1());
        client.end();
    }

    private static String answer(String offer) {
        PerMessageDeflate accepted = PerMessageDeflate.accept(offer(offer));
        if (accepted == null) {
            return null;
        }
        return accepted.getName() + accepted.getParameters().stream()
                .map(p -> "; " + p.getName() + (p.getValue() == null ? "" : "=" + p.getValue())).collect(Collectors.joining());
    }

    private static Extension offer(String header) {
        List<Extension> parsed = TyrusExtension.fromString(List.of(header));
        assertEquals(1, parsed.size(), header);
        return parsed.get(0);
    }

    /** What a client puts in a frame: the message deflated with a sync flush, its last four bytes left off. */
    private static byte[] compress(Deflater deflater, String text) {
        deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int n;
        do {
            n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
            out.write(chunk, 0, n);
        } while (n == chunk.length);
        byte[] all = out.toByteArray();
        return Arrays.copyOf(all, all.length - 4);
    }

    private static Frame frame(byte[] payload, boolean compressed, boolean fin) {
        return Frame.builder().fin(fin).rsv1(compressed).opcode((byte) 1).payloadData(payload).payloadLength(payload.length).build();
    }

    private static String text(Frame frame) {
        return new String(frame.getPayloadData(), StandardCharsets.UTF_8);
    }

    private static final class Context implements ExtensionContext {

        private final Map<String, Object> properties = new HashMap<>();

        @Override
        public Map<String, Object> getProperties() {
            return properties;
        }
    }
}
