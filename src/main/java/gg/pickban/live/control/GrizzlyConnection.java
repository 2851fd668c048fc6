package gg.pickban.live.control;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.Writer;
import org.glassfish.grizzly.asyncqueue.WritableMessage;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.memory.ByteBufferWrapper;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.grizzly.ssl.SSLBaseFilter;
import org.glassfish.tyrus.core.TyrusWebSocket;

/**
 * The Grizzly connection under a Tyrus socket on Payara, written to below the servlet output stream
 * (which copies each write into a fresh 8 KiB buffer when the writing thread is not one of Grizzly's).
 * Found through Tyrus's socket, its protocol handler, the servlet writer, the upgrade handler (a proxy
 * that passes {@code getWebConnection} on to the real one), the container's web connection, its request
 * and the Grizzly request; every step is checked, and when one is missing (another container, another
 * Tyrus or Payara release) there is none and the socket's frames go through Tyrus's own writer.
 * <p>
 * A frame goes whole into the connection's write queue (the transport's queue writer, where the filter chain
 * would hand a plain connection's bytes anyway: the HTTP filters pass raw bytes through), the queue the
 * servlet output stream's writes end in too: frames never interleave, and a socket that is not reading
 * holds up nobody else (the queue keeps what the kernel does not take). Only plain connections qualify;
 * on a TLS listener the frames keep going through Tyrus, which encrypts them through the chain.
 */
final class GrizzlyConnection {

    private static final Logger LOG = Logger.getLogger(GrizzlyConnection.class.getName());
    private static volatile boolean warned;

    private final Connection<SocketAddress> connection;
    private final Writer<SocketAddress> queue;

    private GrizzlyConnection(Connection<SocketAddress> connection, Writer<SocketAddress> queue) {
        this.connection = connection;
        this.queue = queue;
    }

    @SuppressWarnings("unchecked") // a TCP connection's address type is SocketAddress
    static GrizzlyConnection of(TyrusWebSocket socket) {
        try {
            Object handler = field(socket, "protocolHandler");
            Object writer = field(handler, "writer");
            Object upgrade = field(writer, "tyrusHttpUpgradeHandler");
            Object webConnection = call(upgrade, "getWebConnection");
            Object request = field(webConnection, "request");
            Object grizzlyRequest = request.getClass().getMethod("getCoyoteRequest").invoke(request);
            Object found = grizzlyRequest.getClass().getMethod("getConnection").invoke(grizzlyRequest);
            if (!(found instanceof Connection<?> connection) || !connection.isOpen()) {
                throw new IllegalStateException("no open Grizzly connection under the socket: " + found);
            }
            if (!plain(connection) || !(connection.getTransport() instanceof TCPNIOTransport transport)) {
                return null; // TLS (or not TCP): Tyrus's writer goes through the chain
            }
            return new GrizzlyConnection((Connection<SocketAddress>) connection, transport.getAsyncQueueIO().getWriter());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (!warned) {
                warned = true;
                LOG.log(Level.WARNING, "a socket's Grizzly connection cannot be found; its frames go through Tyrus's writer", e);
            }
            return null;
        }
    }

    /** Completes when the whole frame is with the kernel, or fails. */
    CompletableFuture<Object> write(ByteBuffer frame) {
        CompletableFuture<Object> written = new CompletableFuture<>();
        EmptyCompletionHandler<WriteResult<WritableMessage, SocketAddress>> done = new EmptyCompletionHandler<>() {
            @Override
            public void completed(WriteResult<WritableMessage, SocketAddress> result) {
                written.complete(null);
            }

            @Override
            public void failed(Throwable error) {
                written.completeExceptionally(error);
            }

            @Override
            public void cancelled() {
                written.completeExceptionally(new CancellationException("write cancelled"));
            }
        };
        queue.write(connection, new ByteBufferWrapper(frame), done);
        return written;
    }

    private static boolean plain(Connection<?> connection) {
        if (!(connection.getProcessor() instanceof FilterChain chain)) {
            return false;
        }
        for (Filter filter : chain) {
            if (filter instanceof SSLBaseFilter) {
                return false;
            }
        }
        return true;
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field field = declared(owner.getClass(), name);
        field.setAccessible(true);
        Object value = field.get(owner);
        if (value == null) {
            throw new IllegalStateException(field + " is null");
        }
        return value;
    }

    private static Object call(Object owner, String name) throws ReflectiveOperationException {
        for (Class<?> at = owner.getClass(); at != null; at = at.getSuperclass()) {
            for (Method method : at.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == 0) {
                    method.setAccessible(true);
                    Object value = method.invoke(owner);
                    if (value == null) {
                        throw new IllegalStateException(method + " returned null");
                    }
                    return value;
                }
            }
        }
        throw new NoSuchMethodException(owner.getClass().getName() + "." + name);
    }

    private static Field declared(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            for (Field field : at.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field;
                }
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
