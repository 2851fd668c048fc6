package gg.pickban.tournament.boundary;

import gg.pickban.tournament.control.NestedDrafts;
import gg.pickban.tournament.control.TournamentSearch;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds TournamentFull and GameFull with what the draft components add, asked once for the whole answer. */
@ApplicationScoped
public class TournamentShapes {

    @Inject
    NestedDrafts drafts;

    @Inject
    TournamentSearch search;

    /** One tournament read and shaped in its own transaction, so the lazy relations batch-load together. */
    @Transactional
    public Optional<TournamentFull> fullOf(long pk) {
        return Optional.ofNullable(search.find(pk)).map(this::full);
    }

    @Transactional
    public List<TournamentFull> newestFirst(Long league, Long organization) {
        return full(search.newestFirst(league, organization));
    }

    public TournamentFull full(Tournament tournament) {
        return full(List.of(tournament)).get(0);
    }

    public List<TournamentFull> full(List<Tournament> tournaments) {
        Map<Long, Object> draftsById = drafts.draftsOf(tournaments);
        Map<Long, Long> heroDraftIds = drafts.heroDraftIdsOf(tournaments.stream()
                .flatMap(tournament -> tournament.games().stream()).toList());
        return tournaments.stream()
                .map(tournament -> TournamentFull.from(tournament, draftsById.get(tournament.id()), heroDraftIds)).toList();
    }

    public GameFull game(Game game) {
        return games(List.of(game)).get(0);
    }

    public List<GameFull> games(Collection<Game> games) {
        Map<Long, Long> heroDraftIds = drafts.heroDraftIdsOf(games);
        return games.stream().map(game -> GameFull.from(game, heroDraftIds)).toList();
    }
}
