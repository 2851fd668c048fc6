package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.Draft;
import gg.pickban.draft.entity.DraftEvent;
import gg.pickban.platform.boundary.JsonSettings;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The {@code initial_events} message of the draft and tournament sockets (docs/api.md §7): the 20 newest
 * events, newest first, and on the draft socket the draft's state. Empty when the draft or
 * tournament does not exist. Also the newest event with the draft's state now, as a bus envelope,
 * for sockets that may have missed messages.
 */
@ApplicationScoped
public class DraftReplay {

    static final int EVENTS = 20;

    @PersistenceContext
    EntityManager em;

    @Transactional
    public Optional<Opening> ofDraft(long draftId) {
        Draft draft = em.find(Draft.class, draftId);
        if (draft == null) {
            return Optional.empty();
        }
        List<DraftEvent> events = em.createNamedQuery(DraftEvent.NEWEST_OF, DraftEvent.class).setParameter("draft", draftId)
                .setMaxResults(EVENTS).getResultList();
        Jsonb jsonb = JsonSettings.jsonb();
        return Optional.of(new Opening("{\"type\":\"initial_events\",\"events\":" + items(events) + ",\"draft_state\":"
                + jsonb.toJson(DraftInTournament.from(draft)) + "}", newest(events)));
    }

    /** The draft's newest event and its state now; empty without a draft or an event. */
    @Transactional
    public Optional<DraftEnvelope> newestOfDraft(long draftId) {
        return em.createNamedQuery(DraftEvent.NEWEST_OF, DraftEvent.class).setParameter("draft", draftId).setMaxResults(1)
                .getResultStream().findFirst().map(DraftReplay::envelope);
    }

    /** The newest event of the tournament's draft and that draft's state now; empty without either. */
    @Transactional
    public Optional<DraftEnvelope> newestOfTournament(long tournamentId) {
        return ofTournamentNewestFirst(tournamentId, 1).stream().findFirst().map(DraftReplay::envelope);
    }

    private static DraftEnvelope envelope(DraftEvent event) {
        Jsonb jsonb = JsonSettings.jsonb();
        return new DraftEnvelope(event.id(), jsonb.toJson(DraftEventItem.from(event)), jsonb.toJson(DraftInTournament.from(event.draft())));
    }

    /** A tournament without a draft replays {@code []}. */
    @Transactional
    public Optional<Opening> ofTournament(long tournamentId) {
        if (em.find(Tournament.class, tournamentId) == null) {
            return Optional.empty();
        }
        List<DraftEvent> events = ofTournamentNewestFirst(tournamentId, EVENTS);
        return Optional.of(new Opening("{\"type\":\"initial_events\",\"events\":" + items(events) + "}", newest(events)));
    }

    private List<DraftEvent> ofTournamentNewestFirst(long tournamentId, int count) {
        return em.createQuery("SELECT e FROM DraftEvent e WHERE e.draft.tournament.id = :tournament"
                + " ORDER BY e.createdAt DESC, e.id DESC", DraftEvent.class).setParameter("tournament", tournamentId)
                .setMaxResults(count).getResultList();
    }

    private static String items(List<DraftEvent> events) {
        return JsonSettings.jsonb().toJson(events.stream().map(DraftEventItem::from).toList());
    }

    private static long newest(List<DraftEvent> events) {
        return events.stream().mapToLong(DraftEvent::id).max().orElse(0);
    }
}
