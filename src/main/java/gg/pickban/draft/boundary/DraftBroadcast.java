package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.Draft;
import gg.pickban.draft.entity.DraftEvent;
import gg.pickban.live.control.GroupBus;
import gg.pickban.platform.boundary.JsonSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes draft events to the sockets (draft.md §8): one {@code draft_event} message per event, each
 * carrying the draft as the transaction leaves it, to {@code draft_<id>} and {@code tournament_<id>}.
 * Messages are rendered inside the transaction (as {@link DraftEnvelope}s, which the receiving
 * {@link Audience} turns into socket messages) and published only once it has committed; a failed
 * publication is logged and never fails the request.
 */
@ApplicationScoped
public class DraftBroadcast {

    private static final Logger LOG = Logger.getLogger(DraftBroadcast.class.getName());

    @Inject
    Event<DraftMessages> outgoing;

    @Inject
    GroupBus bus;

    public void announce(Draft draft, List<DraftEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Jsonb jsonb = JsonSettings.jsonb();
        String state = jsonb.toJson(DraftInTournament.from(draft));
        List<String> messages = events.stream()
                .map(event -> new DraftEnvelope(event.id(), jsonb.toJson(DraftEventItem.from(event)), state).encode()).toList();
        List<String> groups = new ArrayList<>(List.of(DraftGroups.draft(draft.id())));
        if (draft.tournament() != null) {
            groups.add(DraftGroups.tournament(draft.tournament().id()));
        }
        outgoing.fire(new DraftMessages(groups, events.stream().map(DraftEvent::id).toList(), messages));
    }

    /** Logs (FINE) when each batch leaves, right after its commit: the benchmark measures from there. */
    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) DraftMessages committed) {
        LOG.fine(() -> "publishing draft events " + committed.eventPks() + " committed at " + Instant.now());
        for (String message : committed.messages()) {
            for (String group : committed.groups()) {
                try {
                    bus.publish(group, message);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Broadcast to " + group + " failed", e);
                }
            }
        }
    }
}
