package gg.pickban.tournament.control;

import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.League;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The writable TournamentFull fields of one request, coerced and resolved to rows. Null scalars and
 * null {@link Assigned}s are fields the request leaves alone; {@code players} null likewise.
 */
public record TournamentChanges(String name, Instant datePlayed, String timezone, String state, String tournamentType,
        Assigned<Team> winningTeam, List<User> players, Assigned<League> league) {

    /** The league the tournament will have once saved (docs/decisions.md D5 looks at that one). */
    public League leagueAfter(Tournament current) {
        return league != null ? league.value() : current == null ? null : current.league();
    }

    /** Whether the tournament ends up in a different league than it is in now. */
    public boolean movesLeague(Tournament current) {
        return league != null && !Objects.equals(id(league.value()), id(current.league()));
    }

    private static Long id(League league) {
        return league == null ? null : league.id();
    }
}
