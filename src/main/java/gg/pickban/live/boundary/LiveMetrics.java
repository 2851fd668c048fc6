package gg.pickban.live.boundary;

import gg.pickban.live.control.BusDeliveries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/** Bus deliveries on {@code /metrics}: a gauge read from the counter the bus keeps anyway; it only grows. */
@ApplicationScoped
public class LiveMetrics {

    @Inject
    MetricRegistry registry;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName("pickban.bus.deliveries")
                .withDescription("Messages handed from the group bus to receivers (sockets) on this instance since start-up")
                .withUnit(MetricUnits.NONE).build(), BusDeliveries::total);
    }
}
