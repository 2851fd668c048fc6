package gg.pickban.live.control;

import jakarta.websocket.Extension;
import jakarta.websocket.Session;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.tyrus.core.TyrusRemoteEndpoint;
import org.glassfish.tyrus.core.TyrusWebSocket;

/**
 * Writes a {@link SharedMessage}'s ready-made frame straight to one socket instead of having Tyrus encode
 * the text again for every socket: into the socket's Grizzly connection ({@link GrizzlyConnection}) where
 * it can be found, else the way Tyrus's own broadcast does ({@link TyrusWebSocket#sendRawFrame}).
 * Decided once per session: the socket must be Tyrus's (its {@code webSocket} field readable) and have
 * negotiated either no extension or only {@link PerMessageDeflate}, whose sockets get the message
 * compressed once for all of them; any other session has no writer and its outbox uses {@code sendText}.
 */
final class FrameWriter {

    private static final Logger LOG = Logger.getLogger(FrameWriter.class.getName());
    private static final Field WEB_SOCKET = webSocketField();

    private final TyrusWebSocket socket;
    /** The socket's Grizzly connection when it could be found, else null (frames go through Tyrus's writer). */
    private final GrizzlyConnection connection;
    private final boolean compressed;

    /**
     * {@code untimed}: the session has no idle timeout (nothing here sets one). Tyrus restarts a session's idle
     * timer on what it sends itself and does not see frames written into the connection, so a session with
     * a timeout keeps Tyrus's path and is not closed as idle while it is being sent to.
     */
    private FrameWriter(TyrusWebSocket socket, boolean compressed, boolean untimed) {
        this.socket = socket;
        this.connection = untimed ? GrizzlyConnection.of(socket) : null;
        this.compressed = compressed;
    }

    /** The session's writer, or null when its frames must go through {@code sendText}. */
    static FrameWriter of(Session session) {
        if (WEB_SOCKET == null) {
            return null;
        }
        List<Extension> extensions = session.getNegotiatedExtensions();
        boolean compressed = extensions.size() == 1 && PerMessageDeflate.isNegotiated(extensions.get(0));
        if (!extensions.isEmpty() && !compressed) {
            return null;
        }
        try {
            return session.getAsyncRemote() instanceof TyrusRemoteEndpoint remote
                    && WEB_SOCKET.get(remote) instanceof TyrusWebSocket socket ? new FrameWriter(socket, compressed, session.getMaxIdleTimeout() <= 0) : null;
        } catch (IllegalAccessException | RuntimeException e) {
            LOG.log(Level.FINE, "socket " + session.getId() + " gets its messages through sendText", e);
            return null;
        }
    }

    /** Completes when the frame is written (or failed). */
    CompletionStage<?> write(SharedMessage message) {
        ByteBuffer frame = compressed ? message.compressedFrame() : message.frame();
        (compressed ? SocketSends.COMPRESSED_FRAMES : SocketSends.FRAMES).increment();
        if (connection != null) {
            SocketSends.ON_CONNECTION.increment();
            return connection.write(frame);
        }
        Future<?> written = socket.sendRawFrame(frame);
        return written instanceof CompletableFuture<?> stage ? stage : CompletableFuture.completedFuture(null);
    }

    private static Field webSocketField() {
        try {
            Field field = TyrusRemoteEndpoint.class.getDeclaredField("webSocket");
            field.setAccessible(true);
            if (!TyrusWebSocket.class.isAssignableFrom(field.getType())) {
                throw new NoSuchFieldException("webSocket is a " + field.getType());
            }
            return field;
        } catch (NoSuchFieldException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Tyrus's sockets cannot be written to directly here; every socket message is encoded per socket", e);
            return null;
        }
    }
}
