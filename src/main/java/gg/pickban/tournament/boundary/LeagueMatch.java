package gg.pickban.tournament.boundary;

import gg.pickban.identity.boundary.UserMini;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import java.time.Instant;

/** A game as the league's match list shows it: team pks, names and captains. */
public record LeagueMatch(long pk, Long tournamentPk, String tournamentName, int round, Instant datePlayed,
        Long radiantTeam, Long direTeam, String radiantTeamName, String direTeamName, UserMini radiantCaptain,
        UserMini direCaptain, Long winningTeam, Long gameid) {

    public static LeagueMatch from(Game game) {
        Tournament tournament = game.tournament();
        Team radiant = game.radiantTeam();
        Team dire = game.direTeam();
        return new LeagueMatch(game.id(), tournament == null ? null : tournament.id(),
                tournament == null ? null : tournament.name(), game.round(),
                tournament == null ? null : tournament.datePlayed(), pk(radiant), pk(dire),
                radiant == null ? null : radiant.name(), dire == null ? null : dire.name(),
                radiant == null ? null : TeamInTournament.mini(radiant.captain()),
                dire == null ? null : TeamInTournament.mini(dire.captain()), pk(game.winningTeam()), game.steamMatchId());
    }

    private static Long pk(Team team) {
        return team == null ? null : team.id();
    }
}
