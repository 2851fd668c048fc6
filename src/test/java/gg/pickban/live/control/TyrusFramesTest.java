package gg.pickban.live.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** Hand-built text frames: FIN + opcode 1, the shortest length form, no mask, the payload as given. */
class TyrusFramesTest {

    @Test
    void eachPayloadLengthTakesItsShortestForm() {
        assertFrame(0, 2);
        assertFrame(125, 2);
        assertFrame(126, 4);
        assertFrame(65_535, 4);
        assertFrame(65_536, 10);
    }

    @Test
    void aSharedMessageHandsEverySocketTheSameBytesFromTheStart() {
        SharedMessage message = new SharedMessage("{\"type\":\"draft_event\",\"é\":1}");
        ByteBuffer first = message.frame();
        first.get(new byte[first.remaining()]);
        ByteBuffer second = message.frame();
        byte[] utf8 = "{\"type\":\"draft_event\",\"é\":1}".getBytes(StandardCharsets.UTF_8);
        assertEquals(2 + utf8.length, second.remaining(), "a fresh view, not the one the first socket consumed");
        assertEquals((byte) 0x81, second.get(0));
        assertEquals(utf8.length, second.get(1));
        assertArrayEquals(utf8, Arrays.copyOfRange(second.array(), 2, 2 + utf8.length));
    }

    @Test
    void aCompressedFrameHasRsv1AndInflatesOnItsOwn() throws Exception {
        byte[] text = "{\"draft_state\":{\"players\":[1,2,3,1,2,3,1,2,3]}}".repeat(50).getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = TyrusFrames.compressedText(text);
        assertEquals((byte) 0xC1, frame.get(0), "FIN, RSV1, text");
        int header = (frame.get(1) & 0x7F) < 126 ? 2 : 4;
        byte[] payload = Arrays.copyOfRange(frame.array(), header, frame.limit());
        byte[] withTail = Arrays.copyOf(payload, payload.length + 4);
        withTail[payload.length + 2] = (byte) 0xff;
        withTail[payload.length + 3] = (byte) 0xff;
        Inflater inflater = new Inflater(true);
        inflater.setInput(withTail);
        byte[] out = new byte[text.length + 10];
        assertEquals(text.length, inflater.inflate(out));
        assertArrayEquals(text, Arrays.copyOf(out, text.length));
    }

    private static void assertFrame(int length, int header) {
        byte[] payload = new byte[length];
        Arrays.fill(payload, (byte) 'x');
        ByteBuffer frame = TyrusFrames.text(payload);
        assertEquals(header + length, frame.remaining());
        assertEquals((byte) 0x81, frame.get(0), "FIN, text");
        long declared = switch (header) {
            case 2 -> frame.get(1);
            case 4 -> frame.getShort(2) & 0xFFFF;
            default -> frame.getLong(2);
        };
        assertEquals(length, declared);
        assertEquals(0, frame.get(1) & 0x80, "no mask");
        assertEquals(header == 2 ? length : header == 4 ? 126 : 127, frame.get(1) & 0x7F);
    }
}
