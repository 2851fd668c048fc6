package gg.pickban.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a random loopback port in front of a real server (PostgreSQL), so a test can take
 * the database away from one instance and give it back without touching the server other tests
 * share. Both ways of going away close every relayed connection; then a cut closes new connections
 * as soon as they are accepted (a database that is down: the client knows at once), a black hole
 * accepts them and never answers (a host that is unreachable: the client has to time out).
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<Socket> held = ConcurrentHashMap.newKeySet();
    private volatile State state = State.RELAYING;

    private enum State { RELAYING, CUT, BLACK_HOLE }

    private TcpProxy(ServerSocket listener, InetSocketAddress target) {
        this.listener = listener;
        this.target = target;
    }

    public static TcpProxy to(String host, int port) {
        try {
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            TcpProxy proxy = new TcpProxy(listener, new InetSocketAddress(host, port));
            daemon("tcp-proxy-accept-" + listener.getLocalPort(), proxy::acceptLoop).start();
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on loopback", e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Closes every relayed connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        goAway(State.CUT);
    }

    /** Closes every relayed connection and swallows new ones, unanswered, until {@link #restore()}. */
    public void blackHole() {
        goAway(State.BLACK_HOLE);
    }

    public void restore() {
        state = State.RELAYING;
        held.forEach(TcpProxy::closeQuietly);
        held.clear();
    }

    private void goAway(State away) {
        state = away;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (state == State.CUT) {
                closeQuietly(client);
                continue;
            }
            if (state == State.BLACK_HOLE) {
                held.add(client);
                if (state != State.BLACK_HOLE && held.remove(client)) {
                    closeQuietly(client); // restored meanwhile: nobody else would close it
                }
                continue;
            }
            try {
                Socket server = new Socket();
                server.connect(target, 2000);
                open.add(client);
                open.add(server);
                if (state != State.RELAYING) {
                    // went away while this one was being connected
                    open.remove(client);
                    open.remove(server);
                    closeQuietly(client);
                    closeQuietly(server);
                    continue;
                }
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        daemon("tcp-proxy-pump", () -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException closed) {
                // one side went away (or the proxy was cut): the other goes too
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }).start();
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
        cut();
        restore();
    }
}
