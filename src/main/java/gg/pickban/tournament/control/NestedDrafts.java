package gg.pickban.tournament.control;

import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the draft components add to the tournament shapes, asked once per response for all its objects. */
@ApplicationScoped
public class NestedDrafts {

    @Inject
    Instance<TournamentDraftSource> drafts;

    @Inject
    Instance<HeroDraftSource> heroDrafts;

    public Map<Long, Object> draftsOf(Collection<Tournament> tournaments) {
        List<Long> ids = tournaments.stream().map(Tournament::id).toList();
        Map<Long, Object> found = new HashMap<>();
        if (!ids.isEmpty()) {
            drafts.forEach(source -> found.putAll(source.draftsOf(ids)));
        }
        return found;
    }

    public Map<Long, Long> heroDraftIdsOf(Collection<Game> games) {
        List<Long> ids = games.stream().map(Game::id).toList();
        Map<Long, Long> found = new HashMap<>();
        if (!ids.isEmpty()) {
            heroDrafts.forEach(source -> found.putAll(source.heroDraftIdsOf(ids)));
        }
        return found;
    }
}
