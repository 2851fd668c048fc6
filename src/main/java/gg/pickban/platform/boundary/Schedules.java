package gg.pickban.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;
import java.util.TreeMap;

/**
 * The EJB timers of this application that are active now (every {@code @Schedule} of the module,
 * non-persistent ones included, which {@code asadmin list-timers} does not show), by their info.
 * A timer whose callback failed twice is cancelled by the container and is missing here.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Schedules {

    @Resource
    TimerService timers;

    /** Info → next timeout (ISO-8601). */
    public Map<String, String> active() {
        Map<String, String> active = new TreeMap<>();
        for (Timer timer : timers.getAllTimers()) {
            String name = timer.getInfo() == null ? "timer-" + active.size() : timer.getInfo().toString();
            active.put(name, timer.getNextTimeout().toInstant().toString());
        }
        return active;
    }
}
