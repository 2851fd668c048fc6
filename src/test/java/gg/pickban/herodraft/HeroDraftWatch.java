package gg.pickban.herodraft;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Await;
import gg.pickban.testsupport.SocketClient;
import gg.pickban.testsupport.SocketLog;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The sockets of a failure test: spectators whose every message is logged with its arrival time,
 * captains that send a heartbeat every 3 s as the frontend does, and the checks on what they saw
 * (ticks, events, the newest state against the HTTP read). Closing it closes every socket.
 */
public final class HeroDraftWatch implements AutoCloseable {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    private final List<AutoCloseable> opened = new ArrayList<>();

    public SocketLog spectator(AppProcess app, HeroDraftRows draft) {
        return open(app, draft.path());
    }

    public SocketLog open(AppProcess app, String path) {
        SocketClient socket = SocketClient.connect(app, path, app.uri("").toString());
        opened.add(socket);
        SocketLog log = new SocketLog(socket);
        opened.add(0, log);
        return log;
    }

    /** A captain's socket that sends a heartbeat every 3 s, whatever happens to the server's dependencies. */
    public void captain(AppProcess app, HeroDraftRows draft, Api login) {
        SocketClient socket = SocketClient.connect(app, draft.path(), app.uri("").toString(), login.cookie("sessionid"));
        opened.add(socket);
        heartbeats.scheduleAtFixedRate(() -> {
            try {
                socket.send("{\"type\": \"heartbeat\"}");
            } catch (RuntimeException closed) {
                // the socket is gone: the test sees that elsewhere
            }
        }, 0, 3, TimeUnit.SECONDS);
    }

    /** When the socket's newest draft state (initial_state or event) equals the HTTP read, at most {@code within} after {@code from}. */
    public static long awaitSameAsDatabase(SocketLog socket, AppProcess app, HeroDraftRows draft, long from, Duration within)
            throws InterruptedException {
        long deadline = from + within.toNanos();
        JsonObject shown = null;
        JsonObject stored = null;
        while (System.nanoTime() < deadline) {
            shown = newestState(socket);
            stored = app.api().get(draft.path()).object();
            if (stored.equals(shown)) {
                return System.nanoTime();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the socket shows " + shown + "\nthe database holds " + stored);
    }

    private static JsonObject newestState(SocketLog socket) {
        JsonObject newest = null;
        for (SocketLog.Entry entry : socket.since(0)) {
            JsonObject message = Frames.parse(entry.text());
            if (message.get("draft_state") instanceof JsonObject state) {
                newest = state;
            }
        }
        return newest;
    }

    public static List<Long> tickTimes(SocketLog socket, long from) {
        return socket.since(from).stream().filter(entry -> isTick(entry.text())).map(SocketLog.Entry::atNanos).toList();
    }

    public static long maxTickGapMillis(SocketLog socket, long from) {
        List<Long> ticks = tickTimes(socket, from);
        long max = 0;
        for (int i = 1; i < ticks.size(); i++) {
            max = Math.max(max, ticks.get(i) - ticks.get(i - 1));
        }
        return millis(max);
    }

    public static long count(SocketLog socket, long from, String eventType) {
        return socket.since(from).stream().filter(entry -> isEvent(entry.text(), eventType)).count();
    }

    public static boolean isTick(String text) {
        return Frames.isTick(Frames.parse(text));
    }

    public static boolean isEvent(String text, String eventType) {
        return Frames.isEvent(Frames.parse(text), eventType);
    }

    public static String type(String text) {
        return Frames.parse(text).getString("type", "");
    }

    public static void awaitTrue(BooleanSupplier condition, String what) {
        Await.until(condition, Duration.ofSeconds(20), what);
    }

    /** Lets the scenario run on (an outage lasting a while); never an assertion. */
    public static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    public static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
        opened.forEach(HeroDraftWatch::closeQuietly);
    }

    public static void closeQuietly(AutoCloseable closing) {
        try {
            if (closing != null) {
                closing.close();
            }
        } catch (Exception e) {
            // best effort
        }
    }
}
