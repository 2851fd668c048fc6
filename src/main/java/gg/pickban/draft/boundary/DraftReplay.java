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
 * The {@code initial_events} message of the draft and tournament sockets (draft.md §9): the 20 newest
 * events, newest first, and on the draft socket the draft's state. Empty when the draft or
 * tournament does not exist.
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

    /** A tournament without a draft replays {@code []}. */
    @Transactional
    public Optional<Opening> ofTournament(long tournamentId) {
        if (em.find(Tournament.class, tournamentId) == null) {
            return Optional.empty();
        }
        List<DraftEvent> events = em.createQuery("SELECT e FROM DraftEvent e WHERE e.draft.tournament.id = :tournament"
                + " ORDER BY e.createdAt DESC, e.id DESC", DraftEvent.class).setParameter("tournament", tournamentId)
                .setMaxResults(EVENTS).getResultList();
        return Optional.of(new Opening("{\"type\":\"initial_events\",\"events\":" + items(events) + "}", newest(events)));
    }

    private static String items(List<DraftEvent> events) {
        return JsonSettings.jsonb().toJson(events.stream().map(DraftEventItem::from).toList());
    }

    private static long newest(List<DraftEvent> events) {
        return events.stream().mapToLong(DraftEvent::id).max().orElse(0);
    }
}
