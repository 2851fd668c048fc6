package gg.pickban.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Open WebSockets per kind and active EJB timers on {@code /metrics}. The kinds are named here: Tyrus
 * registers the endpoints only after the application has started.
 */
@ApplicationScoped
public class PlatformMetrics {

    static final List<String> SOCKET_KINDS = List.of("draft", "tournament", "herodraft");

    @Inject
    MetricRegistry registry;

    @Inject
    Schedules schedules;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (String kind : SOCKET_KINDS) {
            registry.gauge(Metadata.builder().withName("pickban.sockets.open")
                    .withDescription("WebSockets open on this instance, per kind of endpoint").withUnit(MetricUnits.NONE).build(),
                    () -> SocketTally.open().getOrDefault(kind, 0), new Tag("kind", kind));
        }
        registry.gauge(Metadata.builder().withName("pickban.timers.active")
                .withDescription("EJB timers of the application that are active (each @Schedule is one)").withUnit(MetricUnits.NONE)
                .build(), schedules, s -> s.active().size());
    }
}
