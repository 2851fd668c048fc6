package gg.pickban.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A WebSocket client that records every text message and the close code it got. */
public final class SocketClient implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    public static SocketClient connect(AppProcess app, String path, String origin) {
        return connect(app, path, origin, null);
    }

    /** With the {@code sessionid} cookie of a logged-in {@link Api}, so the socket belongs to that user. */
    public static SocketClient connect(AppProcess app, String path, String origin, String sessionId) {
        SocketClient client = new SocketClient();
        URI uri = URI.create(app.uri(path).toString().replaceFirst("^http", "ws"));
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        if (sessionId != null) {
            builder.header("Cookie", "sessionid=" + sessionId);
        }
        client.socket = builder.buildAsync(uri, client).orTimeout(30, TimeUnit.SECONDS).join();
        return client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.completeExceptionally(error);
    }

    public String nextMessage(Duration timeout) throws InterruptedException {
        return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int awaitClose(Duration timeout) {
        return closeCode.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    public int pendingMessages() {
        return messages.size();
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** One text message in several frames; stops quietly once the server has closed the socket. */
    public void sendInFragments(String... parts) {
        for (int i = 0; i < parts.length && !socket.isOutputClosed(); i++) {
            try {
                socket.sendText(parts[i], i == parts.length - 1).join();
            } catch (CompletionException closedMeanwhile) {
                return;
            }
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}
