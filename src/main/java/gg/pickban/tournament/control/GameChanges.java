package gg.pickban.tournament.control;

import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;

/** The writable GameFull fields of one request, resolved to rows; null fields are left alone. */
public record GameChanges(Assigned<Tournament> tournament, Assigned<Team> radiantTeam, Assigned<Team> direTeam,
        Assigned<Team> winningTeam, Assigned<Long> steamMatchId, Integer round) {

    /** The tournament the game will be in once saved (docs/decisions.md D5 looks at that one). */
    public Tournament tournamentAfter(Game current) {
        return tournament != null ? tournament.value() : current == null ? null : current.tournament();
    }

    public boolean movesTournament(Game current) {
        return tournament != null && tournament.value() != current.tournament();
    }
}
