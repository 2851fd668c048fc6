package gg.pickban.tournament.boundary;

import gg.pickban.identity.boundary.UserMini;
import gg.pickban.tournament.entity.Tournament;
import java.time.Instant;
import java.util.List;

/** {@code /api/tournaments-basic/} items: no {@code winner} key. */
public record TournamentBasic(long pk, String name, Instant datePlayed, String timezone, String tournamentType, String state,
        List<UserMini> captains) {

    public static TournamentBasic from(Tournament tournament) {
        return new TournamentBasic(tournament.id(), tournament.name(), tournament.datePlayed(), tournament.timezone(),
                tournament.tournamentType(), tournament.state(), TeamInTournament.byPk(tournament.captains()));
    }
}
