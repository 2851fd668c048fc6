package gg.pickban.live.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.Deflater;

/**
 * WebSocket frames built by hand, to be written to many sockets as they are: one unfragmented text
 * frame (FIN set, opcode 1, no mask from server to client) with a 7-, 16- or 64-bit payload length.
 * A compressed one has RSV1 set and carries the message deflated on its own (raw deflate, flushed with
 * a sync flush whose closing {@code 00 00 ff ff} is left off), so it needs no earlier message to decode.
 */
final class TyrusFrames {

    private static final int FIN_TEXT = 0x81;
    private static final int RSV1 = 0x40;
    private static final int SYNC_FLUSH_TAIL = 4;

    private TyrusFrames() {
    }

    static ByteBuffer text(byte[] payload) {
        return frame(FIN_TEXT, payload);
    }

    /** A text frame carrying {@code utf8} compressed for a socket that negotiated permessage-deflate. */
    static ByteBuffer compressedText(byte[] utf8) {
        return frame(FIN_TEXT | RSV1, deflate(utf8));
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] chunk = new byte[8192];
            int n;
            do {
                n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
                out.write(chunk, 0, n);
            } while (n == chunk.length);
            byte[] all = out.toByteArray();
            byte[] trimmed = new byte[all.length - SYNC_FLUSH_TAIL];
            System.arraycopy(all, 0, trimmed, 0, trimmed.length);
            return trimmed;
        } finally {
            deflater.end();
        }
    }

    private static ByteBuffer frame(int firstByte, byte[] payload) {
        int length = payload.length;
        int header = length < 126 ? 2 : length <= 0xFFFF ? 4 : 10;
        ByteBuffer frame = ByteBuffer.allocate(header + length);
        frame.put((byte) firstByte);
        if (length < 126) {
            frame.put((byte) length);
        } else if (length <= 0xFFFF) {
            frame.put((byte) 126).putShort((short) length);
        } else {
            frame.put((byte) 127).putLong(length);
        }
        return frame.put(payload).flip();
    }
}
