import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** A hero-draft socket that collects whole text messages; a captain's (with a session) sends a heartbeat every second. */
final class HeroDraftSocket implements WebSocket.Listener, AutoCloseable {

    private final List<String> messages;
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private Thread heartbeats;

    private HeroDraftSocket(List<String> messages) {
        this.messages = messages;
    }

    static HeroDraftSocket open(String base, String path, BrowserSession captain, List<String> messages) throws Exception {
        HeroDraftSocket socket = new HeroDraftSocket(messages);
        WebSocket.Builder builder = PickbanProbe.HTTP.newWebSocketBuilder().header("Origin", base).connectTimeout(Duration.ofSeconds(10));
        if (captain != null) {
            builder.header("Cookie", "sessionid=" + captain.cookie("sessionid"));
        }
        socket.socket = builder.buildAsync(URI.create(base.replace("http", "ws") + path), socket).get(30, TimeUnit.SECONDS);
        if (captain != null) {
            socket.heartbeats = new Thread(socket::beat, "heartbeats");
            socket.heartbeats.setDaemon(true);
            socket.heartbeats.start();
        }
        return socket;
    }

    private void beat() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                socket.sendText("{\"type\": \"heartbeat\"}", true).get(10, TimeUnit.SECONDS);
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the socket is gone; the check sees that in what it receives
        }
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
    public void close() throws Exception {
        if (heartbeats != null) {
            heartbeats.interrupt();
            heartbeats.join(5000);
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
    }
}
