package gg.pickban.tournament.boundary;

import gg.pickban.identity.boundary.UserMini;
import gg.pickban.tournament.entity.Tournament;
import java.time.Instant;
import java.util.List;

/** The tournament nested in {@code TeamFull.tournament}. */
public record TournamentBase(long pk, String name, Instant datePlayed, List<UserMini> users, List<UserMini> captains,
        String tournamentType) {

    public static TournamentBase from(Tournament tournament) {
        return tournament == null ? null : new TournamentBase(tournament.id(), tournament.name(), tournament.datePlayed(),
                TeamInTournament.byPk(tournament.users()), TeamInTournament.byPk(tournament.captains()),
                tournament.tournamentType());
    }
}
