package gg.pickban.e2e.boundary;

import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;

/** The tournament keys of docs/e2e-seed.md §2, resolved by exact name (lowest pk first). */
@ApplicationScoped
class SeededTournaments {

    static final Map<String, String> BY_KEY = Map.ofEntries(
            Map.entry("completed_bracket", "Completed Bracket Test"),
            Map.entry("partial_bracket", "Partial Bracket Test"),
            Map.entry("pending_bracket", "Pending Bracket Test"),
            Map.entry("draft_test", "Draft Test"),
            Map.entry("large_tournament", "Large Tournament Test"),
            Map.entry("draft_not_started", "Draft Not Started"),
            Map.entry("draft_in_progress", "Draft In Progress"),
            Map.entry("draft_captain_turn", "Captain Turn Test"),
            Map.entry("draft_completed", "Draft Completed"),
            Map.entry("bracket_partial", "Bracket Partial"),
            Map.entry("bracket_complete", "Bracket Complete"),
            Map.entry("shuffle_draft_not_started", "Shuffle Draft Not Started"),
            Map.entry("shuffle_draft_in_progress", "Shuffle Draft In Progress"),
            Map.entry("shuffle_draft_captain_turn", "Shuffle Draft Captain Turn"),
            Map.entry("bracket_linking", "Bracket Linking Test"),
            Map.entry("real_tournament", "Real Tournament 38"),
            Map.entry("demo_herodraft", "Demo HeroDraft Tournament"),
            Map.entry("demo_captaindraft", "Demo Captain Draft Tournament"),
            Map.entry("demo_snake_draft", "Demo Snake Draft Tournament"),
            Map.entry("demo_shuffle_draft", "Demo Shuffle Draft Tournament"));

    static final List<String> DEMO_KEYS = List.of("demo_herodraft", "demo_captaindraft", "demo_snake_draft", "demo_shuffle_draft");

    @PersistenceContext
    EntityManager em;

    /** 404 {@code Unknown tournament key} for a key outside the table. */
    Tournament byKey(String key) {
        String name = BY_KEY.get(key);
        if (name == null) {
            throw new WebApplicationException(ErrorBody.error(404, "Unknown tournament key: " + key));
        }
        return named(name);
    }

    /** 404 {@code Unknown demo key} for a key outside the four demo keys. */
    Tournament byDemoKey(String key) {
        if (!DEMO_KEYS.contains(key)) {
            throw new WebApplicationException(ErrorBody.error(404, "Unknown demo key: " + key + ". Available: " + keyList(DEMO_KEYS)));
        }
        return named(BY_KEY.get(key));
    }

    Tournament named(String name) {
        return em.createQuery("SELECT t FROM Tournament t WHERE t.name = :name ORDER BY t.id", Tournament.class)
                .setParameter("name", name).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new WebApplicationException(ErrorBody.error(404,
                        "Tournament '" + name + "' not found. Seed the end-to-end data first.")));
    }

    /** Python's rendering of a list of strings, as the contract's messages show it. */
    static String keyList(List<String> keys) {
        return keys.stream().map(k -> "'" + k + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
}
