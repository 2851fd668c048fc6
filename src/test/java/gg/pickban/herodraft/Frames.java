package gg.pickban.herodraft;

import gg.pickban.testsupport.SocketClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reading hero-draft socket messages in tests, always with a deadline. */
public final class Frames {

    private Frames() {
    }

    public static JsonObject parse(String message) {
        return Json.createReader(new StringReader(message)).readObject();
    }

    public static boolean isTick(JsonObject message) {
        return "herodraft_tick".equals(message.getString("type", ""));
    }

    public static boolean isEvent(JsonObject message, String eventType) {
        return "herodraft_event".equals(message.getString("type", "")) && eventType.equals(message.getString("event_type", ""));
    }

    /** The first message that matches, skipping others; null if none comes in time. */
    public static JsonObject await(SocketClient socket, Predicate<JsonObject> wanted, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String next = socket.nextMessage(Duration.between(Instant.now(), deadline));
            if (next == null) {
                return null;
            }
            JsonObject message = parse(next);
            if (wanted.test(message)) {
                return message;
            }
        }
        return null;
    }

    /** Every message arriving during {@code window}, with its arrival time in ms since the start. */
    public static List<Received> collect(SocketClient socket, Duration window) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + window.toNanos();
        List<Received> all = new ArrayList<>();
        while (System.nanoTime() < end) {
            String next = socket.nextMessage(Duration.ofNanos(Math.max(1, end - System.nanoTime())));
            if (next != null) {
                all.add(new Received((System.nanoTime() - start) / 1_000_000, parse(next)));
            }
        }
        return all;
    }

    public record Received(long atMillis, JsonObject message) {
    }
}
