package gg.pickban.platform.boundary;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.tyrus.core.monitoring.ApplicationEventListener;
import org.glassfish.tyrus.core.monitoring.EndpointEventListener;
import org.glassfish.tyrus.core.monitoring.MessageEventListener;

/**
 * Open WebSockets of this instance per kind ({@code draft}, {@code tournament}, {@code herodraft}:
 * the path segment after {@code /api/}), counted by Tyrus itself as sessions open and close, so the
 * endpoints need not know. Tyrus makes this listener from the context parameter in web.xml, outside
 * CDI, so the counts are static; they belong to the application's classes and start again at 0 with
 * a redeploy. Nothing is done per message.
 */
public class SocketTally implements ApplicationEventListener {

    private static final ConcurrentMap<String, AtomicInteger> OPEN = new ConcurrentHashMap<>();

    /** Kind → sockets open now, for every kind of endpoint this application registered. */
    public static Map<String, Integer> open() {
        Map<String, Integer> now = new java.util.TreeMap<>();
        OPEN.forEach((kind, count) -> now.put(kind, count.get()));
        return now;
    }

    static String kind(String endpointPath) {
        String[] segments = endpointPath.split("/");
        return segments.length > 2 && segments[1].equals("api") ? segments[2] : endpointPath;
    }

    @Override
    public void onApplicationInitialized(String applicationName) {
        // the endpoints register one by one next
    }

    @Override
    public void onApplicationDestroyed() {
        OPEN.clear();
    }

    @Override
    public EndpointEventListener onEndpointRegistered(String endpointPath, Class<?> endpointClass) {
        AtomicInteger count = OPEN.computeIfAbsent(kind(endpointPath), kind -> new AtomicInteger());
        return new EndpointEventListener() {
            @Override
            public MessageEventListener onSessionOpened(String sessionId) {
                count.incrementAndGet();
                return MessageEventListener.NO_OP;
            }

            @Override
            public void onSessionClosed(String sessionId) {
                count.decrementAndGet();
            }

            @Override
            public void onError(String sessionId, Throwable t) {
                // a failing socket is closed too, and counted then
            }
        };
    }

    @Override
    public void onEndpointUnregistered(String endpointPath) {
        // the counts go with the application
    }
}
