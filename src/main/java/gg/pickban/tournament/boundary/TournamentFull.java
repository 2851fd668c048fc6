package gg.pickban.tournament.boundary;

import gg.pickban.identity.boundary.UserMini;
import gg.pickban.league.boundary.LeagueRef;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The tournament as the router returns it. {@code draft} is whatever the player-draft
 * component supplies (null without a draft); {@code tie_resolution} never appears here.
 */
public record TournamentFull(long pk, String name, Object draft, Instant datePlayed, String timezone,
        List<UserMini> users, List<TeamInTournament> teams, Long winningTeam, String state,
        List<GameInTournament> games, List<UserMini> captains, String tournamentType,
        LeagueRef league) {

    /** By pk alone, as {@link UserMini#hashCode()} explains. */
    @Override
    public int hashCode() {
        return Long.hashCode(pk);
    }

    public static TournamentFull from(Tournament tournament, Object draft, Map<Long, Long> heroDraftIds) {
        Team winner = tournament.winningTeam();
        return new TournamentFull(tournament.id(), tournament.name(), draft, tournament.datePlayed(),
                tournament.timezone(), TeamInTournament.byPk(tournament.users()),
                tournament.teams().stream().map(TeamInTournament::from).toList(), winner == null ? null : winner.id(),
                tournament.state(), tournament.games().stream().map(game -> GameInTournament.from(game, heroDraftIds)).toList(),
                TeamInTournament.byPk(tournament.captains()), tournament.tournamentType(), tournament.league() == null ? null : LeagueRef.from(tournament.league()));
    }
}
