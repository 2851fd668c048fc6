package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.live.control.GroupBus;
import gg.pickban.platform.boundary.JsonSettings;
import gg.pickban.platform.control.ContractInstant;
import gg.pickban.platform.control.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes hero-draft events to group {@code herodraft_<id>} (docs/api.md §7): messages are
 * rendered inside the transaction, each carrying the full draft as the transaction leaves it, and
 * published only once it has committed. Keys whose value would be null are left out. A failed
 * publication is logged and never fails the request.
 */
@ApplicationScoped
public class HeroDraftBroadcast {

    private static final Logger LOG = Logger.getLogger(HeroDraftBroadcast.class.getName());

    @Inject
    Event<HeroDraftMessages> outgoing;

    @Inject
    Event<HeroDraftClockStarted> clockStarted;

    @Inject
    GroupBus bus;

    public static String group(long draftId) {
        return "herodraft_" + draftId;
    }

    /** The full HeroDraft JSON. */
    public static String render(HeroDraft draft) {
        return JsonSettings.jsonb().toJson(HeroDraftJson.from(draft));
    }

    /** The draft must be flushed (its events and rounds have ids). */
    public void announce(HeroDraft draft, List<HeroDraftEventMessage> announcements, boolean clockStarts) {
        if (announcements.isEmpty() && !clockStarts) {
            return;
        }
        String state = render(draft);
        outgoing.fire(new HeroDraftMessages(draft.id(), announcements.stream().map(a -> message(a, state)).toList(), clockStarts));
    }

    static String message(HeroDraftEventMessage announcement, String draftState) {
        StringBuilder json = new StringBuilder("{\"type\":\"herodraft_event\",\"event_type\":")
                .append(Jsonp.createValue(announcement.eventType()));
        if (announcement.stored() != null) {
            json.append(",\"event_id\":").append(announcement.stored().id());
        }
        if (announcement.team() != null) {
            json.append(",\"draft_team\":").append(JsonSettings.jsonb().toJson(DraftTeamJson.from(announcement.team())));
        }
        if (announcement.stored() != null) {
            json.append(",\"metadata\":").append(announcement.metadata())
                    .append(",\"timestamp\":").append(Jsonp.createValue(timestamp(announcement.stored().createdAt())));
        }
        return json.append(",\"draft_state\":").append(draftState).append('}').toString();
    }

    /** ISO 8601 with {@code +00:00} (the one exception to {@code Z}, docs/api.md §2). */
    static String timestamp(Instant instant) {
        String zulu = ContractInstant.format(instant);
        return zulu.substring(0, zulu.length() - 1) + "+00:00";
    }

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) HeroDraftMessages committed) {
        for (String message : committed.messages()) {
            try {
                bus.publish(group(committed.draftId()), message);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Broadcast to " + group(committed.draftId()) + " failed", e);
            }
        }
        if (committed.clockStarted()) {
            try {
                clockStarted.fire(new HeroDraftClockStarted(committed.draftId()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Starting the clock of hero draft " + committed.draftId() + " failed", e);
            }
        }
    }
}
