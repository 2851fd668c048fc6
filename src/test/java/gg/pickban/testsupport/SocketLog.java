package gg.pickban.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Every message of one socket with its arrival time, read by a thread of its own so that the test
 * can act meanwhile (stop Redis, make a pick) and look at the whole timeline afterwards.
 */
public final class SocketLog implements AutoCloseable {

    /** A message and when it arrived ({@link System#nanoTime()}). */
    public record Entry(long atNanos, String text) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean reading = true;

    public SocketLog(SocketClient socket) {
        reader = new Thread(() -> {
            while (reading) {
                try {
                    String text = socket.nextMessage(Duration.ofMillis(100));
                    if (text != null) {
                        entries.add(new Entry(System.nanoTime(), text));
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "socket-log");
        reader.setDaemon(true);
        reader.start();
    }

    /** What arrived at or after {@code fromNanos}, in order. */
    public List<Entry> since(long fromNanos) {
        return entries.stream().filter(entry -> entry.atNanos() >= fromNanos).toList();
    }

    /** The first message at or after {@code fromNanos} that matches, waiting up to {@code timeout}; null if none comes. */
    public Entry await(long fromNanos, Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Entry entry : since(fromNanos)) {
                if (wanted.test(entry.text())) {
                    return entry;
                }
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws InterruptedException {
        reading = false;
        reader.interrupt();
        reader.join(2000);
    }
}
