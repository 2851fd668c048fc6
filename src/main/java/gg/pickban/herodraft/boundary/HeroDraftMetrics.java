package gg.pickban.herodraft.boundary;

import gg.pickban.herodraft.control.TickTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/** The hero-draft clock on {@code /metrics}: drafts ticking on this instance and the ticks it sends. */
@ApplicationScoped
public class HeroDraftMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    TickTally ticks;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName("pickban.herodraft.ticking")
                .withDescription("Hero drafts whose ticker on this instance sent a tick within the last 2 s").withUnit(MetricUnits.NONE)
                .build(), ticks, TickTally::ticking);
        registry.gauge(Metadata.builder().withName("pickban.herodraft.ticks.per.second")
                .withDescription("Ticks sent by this instance per second, over the last 10 whole seconds").withUnit(MetricUnits.NONE)
                .build(), ticks, TickTally::perSecond);
    }
}
