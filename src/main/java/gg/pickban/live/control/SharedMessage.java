package gg.pickban.live.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;

/**
 * One message on its way to many sockets: its text, and the frames made of it on first use and then
 * written as they are to every socket that takes that kind (each gets a {@link ByteBuffer#duplicate}),
 * so a group message is encoded, and compressed, once however many sockets watch.
 */
public final class SharedMessage {

    private final String text;
    private byte[] utf8;
    private ByteBuffer frame;
    private ByteBuffer compressedFrame;
    private volatile FanOutTiming timing;

    public SharedMessage(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** At FINE, logs how long it takes until this message is written to all {@code sockets} it is about to be handed to. */
    public void timeFanOut(String what, int sockets) {
        if (sockets > 0 && FanOutTiming.LOG.isLoggable(Level.FINE)) {
            timing = new FanOutTiming(what, sockets);
        }
    }

    /** One socket has it. */
    void written() {
        FanOutTiming measuring = timing;
        if (measuring != null) {
            measuring.written();
        }
    }

    /** The uncompressed text frame. */
    synchronized ByteBuffer frame() {
        if (frame == null) {
            frame = TyrusFrames.text(utf8());
        }
        return frame.duplicate();
    }

    /** The text frame compressed for sockets that negotiated permessage-deflate without server context takeover. */
    synchronized ByteBuffer compressedFrame() {
        if (compressedFrame == null) {
            compressedFrame = TyrusFrames.compressedText(utf8());
        }
        return compressedFrame.duplicate();
    }

    private byte[] utf8() {
        if (utf8 == null) {
            utf8 = text.getBytes(StandardCharsets.UTF_8);
        }
        return utf8;
    }
}
