package gg.pickban.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    /** An endless body that counts what was taken from it, like a chunked upload that never ends. */
    private static final class Endless extends InputStream {
        long taken;

        @Override
        public int read() {
            taken++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            taken += length;
            return length;
        }
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
        byte[] body = new byte[1024];
        body[1023] = 7;
        assertArrayEquals(body, new BoundedBody(new ByteArrayInputStream(body), 1024).readAllBytes());
        assertEquals(0, new BoundedBody(new ByteArrayInputStream(new byte[0]), 0).readAllBytes().length);
    }

    @Test
    void oneByteMoreIsRefused() {
        BodyTooLarge refused = assertThrows(BodyTooLarge.class,
                () -> new BoundedBody(new ByteArrayInputStream(new byte[1025]), 1024).readAllBytes());
        assertEquals(1024, refused.limit());
        assertEquals(0, refused.getStackTrace().length, "a client's mistake, no stack trace");
    }

    @Test
    void anEndlessBodyIsReadOnlyOneBytePastTheLimit() {
        Endless source = new Endless();
        assertThrows(BodyTooLarge.class, () -> new BoundedBody(source, 1_048_576).readAllBytes());
        assertEquals(1_048_577, source.taken);
    }

    @Test
    void singleByteReadsAndSkipsCountToo() throws IOException {
        Endless source = new Endless();
        BoundedBody body = new BoundedBody(source, 10);
        assertEquals(5, body.skip(5));
        for (int i = 0; i < 5; i++) {
            assertEquals('a', body.read());
        }
        assertThrows(BodyTooLarge.class, body::read);
        assertTrue(source.taken <= 11, "taken " + source.taken);
    }

    @Test
    void skippingPastTheLimitIsRefused() {
        assertThrows(BodyTooLarge.class, () -> new BoundedBody(new Endless(), 10).skip(1_000_000));
    }
}
