package gg.pickban.herodraft.boundary;

import gg.pickban.herodraft.control.CaptainPresence;
import gg.pickban.herodraft.control.HeroDraftBroadcast;
import gg.pickban.herodraft.control.HeroDraftLiveTransactions;
import gg.pickban.herodraft.control.HeroDraftTickers;
import gg.pickban.identity.boundary.SessionUser;
import gg.pickban.live.control.GroupBus;
import gg.pickban.live.control.LiveGroups;
import gg.pickban.live.control.SharedMessage;
import gg.pickban.platform.control.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The hero-draft sockets of this instance (docs/rules.md §5.7, docs/api.md §7): connect, heartbeat, kick and
 * disconnect, with the draft's rules delegated to {@link HeroDraftLiveTransactions}; each socket joins its draft's
 * {@link Room} in the {@link LiveGroups}. Sends are asynchronous, one outbox per socket, so a slow or
 * dead client never holds up another. When Redis returns after trouble, every socket gets the draft's
 * state afresh and captains are recorded present again.
 */
@ApplicationScoped
public class HeroDraftWatchers {

    static final String TICK_PREFIX = "{\"type\":\"herodraft_tick\"";
    static final String KICKED = "{\"type\":\"herodraft_kicked\",\"reason\":\"new_connection\"}";
    static final CloseReason NO_SUCH_DRAFT = new CloseReason(CloseReason.CloseCodes.getCloseCode(4403), "Not found");
    private static final CloseReason REPLACED = new CloseReason(CloseReason.CloseCodes.getCloseCode(4000), "Session replaced");
    private static final Logger LOG = Logger.getLogger(HeroDraftWatchers.class.getName());
    private static final String WATCHER = HeroDraftWatchers.class.getName() + ".watcher";

    @Inject
    LiveGroups groups;

    @Inject
    GroupBus bus;

    @Inject
    HeroDraftLiveTransactions clock;

    @Inject
    HeroDraftTickers tickers;

    @Inject
    CaptainPresence presence;

    void open(Session session, long draftId, Optional<SessionUser> user) {
        Watcher watcher = new Watcher(draftId, groups.outbox(session));
        join(watcher);
        Optional<String> draft;
        try {
            draft = clock.initialStateJson(draftId);
        } catch (RuntimeException e) {
            leave(watcher);
            LOG.log(Level.WARNING, "Could not open a socket for hero draft " + draftId, e);
            close(session, new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "Try again"));
            return;
        }
        if (draft.isEmpty()) {
            leave(watcher);
            close(session, NO_SUCH_DRAFT);
            return;
        }
        session.getUserProperties().put(WATCHER, watcher);
        try {
            tickers.socketOpened(draftId);
            user.filter(u -> clock.isCaptain(draftId, u.userId())).ifPresent(u -> registerCaptain(watcher, u.userId()));
            watcher.outbox.open(initialState(draft.get()), 0);
            if (isClocked(draft.get())) {
                tickers.start(draftId);
            }
            if (watcher.isCaptain()) {
                clock.captainConnected(draftId, watcher.captain);
            }
        } catch (RuntimeException e) {
            // e.g. Redis unreachable: the client reconnects with back-off
            LOG.log(Level.WARNING, "Could not open a socket for hero draft " + draftId, e);
            close(session, new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "Try again"));
        }
    }

    /**
     * The newest socket of a captain wins: it takes the registration and kicks the one it replaced, wherever
     * it lives. Redis unreachable: the socket registers with its first heartbeat once Redis is back.
     */
    private void registerCaptain(Watcher watcher, long userId) {
        watcher.captain = userId;
        watcher.channel = "herodraft_socket_" + UUID.randomUUID();
        watcher.kicks = bus.subscribe(watcher.channel, message -> kick(watcher));
        try {
            presence.register(watcher.draftId, userId, watcher.channel).ifPresent(previous -> bus.publish(previous, "kick"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Captain socket of hero draft " + watcher.draftId + " not registered yet", e);
        }
    }

    private void kick(Watcher watcher) {
        watcher.kicked = true;
        watcher.outbox.finish(KICKED, REPLACED);
    }

    /** Captains' heartbeats count (docs/rules.md §5.7); everything else, spectators' frames and malformed JSON included, is ignored. */
    void received(Session session, String text) {
        if (!(session.getUserProperties().get(WATCHER) instanceof Watcher watcher) || !watcher.isCaptain() || !isHeartbeat(text)) {
            return;
        }
        try {
            presence.heartbeat(watcher.draftId, watcher.captain, watcher.channel);
            tickers.refreshCount(watcher.draftId);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "heartbeat of hero draft " + watcher.draftId + " not stored", e);
        }
    }

    /** A kicked or superseded captain socket (docs/decisions.md D54) only leaves; the registered one disconnects its captain. */
    void closed(Session session) {
        if (!(session.getUserProperties().remove(WATCHER) instanceof Watcher watcher)) {
            return;
        }
        leave(watcher);
        watcher.outbox.stop();
        if (watcher.kicks != null) {
            watcher.kicks.close();
        }
        try {
            tickers.socketClosed(watcher.draftId);
            if (watcher.isCaptain() && !watcher.kicked
                    && presence.unregisterIfCurrent(watcher.draftId, watcher.captain, watcher.channel)) {
                clock.captainDisconnected(watcher.draftId, watcher.captain);
            }
        } catch (RuntimeException e) {
            // a captain left unmarked is caught by the stale-heartbeat check (docs/rules.md §5.7) once his heartbeat expires
            LOG.log(Level.WARNING, "Could not record the close of a socket of hero draft " + watcher.draftId, e);
        }
    }

    /**
     * Messages published while the bus was away are lost: each room's captains are recorded present
     * again (Redis may have come back empty), then every open socket gets the draft's state as it would
     * on connect, ahead of whatever arrives from now on.
     */
    private void resynchronise(long draftId, Room room) {
        try {
            room.captains().forEach(captain -> presence.heartbeat(draftId, captain.captain, captain.channel));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the captains of hero draft " + draftId + " again; their heartbeats will", e);
        }
        List<Watcher> held = room.holdAll();
        try {
            Optional<String> draft = clock.initialStateJson(draftId);
            if (draft.isPresent()) {
                SharedMessage message = new SharedMessage(initialState(draft.get()));
                held.forEach(watcher -> watcher.outbox.open(message, 0));
                if (isClocked(draft.get())) {
                    tickers.start(draftId);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not resynchronise the sockets of hero draft " + draftId, e);
        } finally {
            held.forEach(watcher -> watcher.outbox.release());
        }
    }

    /** In the room before the initial state is read, so nothing published from then on is missed. */
    private void join(Watcher watcher) {
        long draftId = watcher.draftId;
        groups.join(HeroDraftBroadcast.group(draftId), () -> new Room(() -> tickers.start(draftId), room -> resynchronise(draftId, room)),
                watcher);
    }

    private void leave(Watcher watcher) {
        groups.leave(HeroDraftBroadcast.group(watcher.draftId), watcher);
    }

    private static boolean isHeartbeat(String text) {
        try {
            return Jsonp.createReader(new StringReader(text)).readValue() instanceof JsonObject frame
                    && "heartbeat".equals(frame.getString("type", null));
        } catch (JsonException | ClassCastException e) {
            return false;
        }
    }

    private static String initialState(String draftJson) {
        return "{\"type\":\"initial_state\",\"draft_state\":" + draftJson + "}";
    }

    private static boolean isClocked(String draftJson) {
        JsonObject draft = Jsonp.createReader(new StringReader(draftJson)).readObject();
        String state = draft.getString("state", "");
        return "drafting".equals(state) || "resuming".equals(state);
    }

    static void close(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing socket " + session.getId(), e);
        }
    }
}
