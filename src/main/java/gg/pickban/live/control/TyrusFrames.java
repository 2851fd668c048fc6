package gg.pickban.live.control;

import java.nio.ByteBuffer;

/**
 * WebSocket frames built by hand, to be written to many sockets as they are: one unfragmented text
 * frame (FIN set, opcode 1, no mask from server to client) with a 7-, 16- or 64-bit payload length.
 */
final class TyrusFrames {

    private static final int FIN_TEXT = 0x81;

    private TyrusFrames() {
    }

    static ByteBuffer text(byte[] payload) {
        return frame(FIN_TEXT, payload);
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
