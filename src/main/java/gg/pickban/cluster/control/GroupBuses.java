package gg.pickban.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Chooses the group bus: this JVM for now; fan-out across instances comes with Redis pub/sub. */
@ApplicationScoped
public class GroupBuses {

    @Produces
    @ApplicationScoped
    GroupBus bus() {
        return new LocalGroupBus();
    }
}
