package gg.pickban.live.boundary;

import gg.pickban.live.control.BusDeliveries;
import gg.pickban.live.control.SocketSends;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** Bus deliveries and socket sends on {@code /metrics}: gauges read from counters kept anyway; they only grow. */
@ApplicationScoped
public class LiveMetrics {

    @Inject
    MetricRegistry registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName("pickban.bus.deliveries")
                .withDescription("Messages handed from the group bus to receivers (sockets) on this instance since start-up")
                .withUnit(MetricUnits.NONE).build(), BusDeliveries::total);
        Metadata sends = Metadata.builder().withName("pickban.socket.sends")
                .withDescription("Messages sent to sockets on this instance since start-up: path=frame a shared ready-made frame,"
                        + " path=compressed_frame the same compressed (permessage-deflate), path=text encoded by Tyrus for one socket")
                .withUnit(MetricUnits.NONE).build();
        registry.gauge(sends, SocketSends::frames, new Tag("path", "frame"));
        registry.gauge(sends, SocketSends::compressedFrames, new Tag("path", "compressed_frame"));
        registry.gauge(sends, SocketSends::texts, new Tag("path", "text"));
        Metadata frames = Metadata.builder().withName("pickban.socket.frame.writes")
                .withDescription("Of the frames sent (plain or compressed), how they were written: via=connection straight to"
                        + " the socket's Grizzly connection, via=tyrus through Tyrus's writer and the servlet output stream (sockets on a TLS"
                        + " listener or with an idle timeout, or where the connection cannot be found)")
                .withUnit(MetricUnits.NONE).build();
        registry.gauge(frames, SocketSends::framesOnConnection, new Tag("via", "connection"));
        registry.gauge(frames, SocketSends::framesThroughTyrus, new Tag("via", "tyrus"));
    }
}
