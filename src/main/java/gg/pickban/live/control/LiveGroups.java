package gg.pickban.live.control;

import gg.pickban.cluster.control.RedisReturned;
import gg.pickban.platform.control.ContainerThreads;
import gg.pickban.platform.control.DataReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every live socket group of this instance, by bus group name ({@code draft_42}, {@code herodraft_7}):
 * a thread-safe registry whose groups each listen to their name on the {@link GroupBus} while they
 * have members. When Redis returns after trouble every group resynchronises, one after another on
 * the workers; after a reseed every group closes its sockets.
 */
@ApplicationScoped
public class LiveGroups {

    private static final Logger LOG = Logger.getLogger(LiveGroups.class.getName());

    private final ConcurrentMap<String, LocalGroup<?>> groups = new ConcurrentHashMap<>();

    @Inject
    GroupBus bus;

    @Inject
    ContainerThreads threads;

    /** A fresh outbox for a socket, sending on the shared workers. */
    public SocketOutbox outbox(Session session) {
        return new SocketOutbox(session, threads.workers());
    }

    /**
     * Adds the member to the group, made by {@code create} on first use. Call it before reading what the
     * socket is first sent, so that nothing published from then on is missed.
     */
    @SuppressWarnings("unchecked")
    public <M, G extends LocalGroup<M>> G join(String group, Supplier<G> create, M member) {
        G joined = (G) groups.compute(group, (name, existing) -> {
            G result = existing != null ? (G) existing : create.get();
            result.add(member);
            return result;
        });
        joined.listen(bus, group);
        return joined;
    }

    /** Removes the member; the last one out ends the group's subscription. */
    @SuppressWarnings("unchecked")
    public <M> void leave(String group, M member) {
        groups.computeIfPresent(group, (name, existing) -> {
            LocalGroup<M> current = (LocalGroup<M>) existing;
            if (!current.remove(member)) {
                return current;
            }
            current.stopListening();
            return null;
        });
    }

    /** Messages published while the bus was away are lost. */
    void resynchronise(@Observes RedisReturned returned) {
        groups.forEach((name, group) -> threads.workers().execute(() -> {
            try {
                group.resynchronise();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not resynchronise the sockets of " + name, e);
            }
        }));
    }

    /** After a reseed no socket may go on with state of the old data ({@code reset-all}, docs/e2e-seed.md §1): all close with 1012. */
    void closeAll(@Observes DataReset reset) {
        groups.values().forEach(LocalGroup::restartAll);
    }
}
