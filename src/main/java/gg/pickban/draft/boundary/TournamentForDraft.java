package gg.pickban.draft.boundary;

import gg.pickban.identity.boundary.UserMini;
import gg.pickban.tournament.boundary.TeamInTournament;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The tournament nested in {@code DraftFull.tournament}. */
public record TournamentForDraft(long pk, String name, Instant datePlayed, List<UserMini> users, List<TeamInTournament> teams,
        List<UserMini> captains, String tournamentType) {

    /** By pk alone, as {@link UserMini#hashCode()} explains. */
    @Override
    public int hashCode() {
        return Long.hashCode(pk);
    }

    static TournamentForDraft from(Tournament tournament) {
        return tournament == null ? null : new TournamentForDraft(tournament.id(), tournament.name(), tournament.datePlayed(),
                UserMinis.of(tournament.users()), tournament.teams().stream().sorted(Comparator.comparing(Team::id))
                        .map(TeamInTournament::from).toList(),
                UserMinis.of(tournament.captains()), tournament.tournamentType());
    }
}
