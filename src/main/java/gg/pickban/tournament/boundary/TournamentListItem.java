package gg.pickban.tournament.boundary;

import gg.pickban.league.entity.League;
import gg.pickban.tournament.entity.Tournament;
import java.time.Instant;

/** {@code /api/tournaments-list/} items. */
public record TournamentListItem(long pk, String name, Instant datePlayed, String timezone, String tournamentType,
        String state, LeagueName league, int userCount) {

    public static TournamentListItem from(Tournament tournament) {
        return new TournamentListItem(tournament.id(), tournament.name(), tournament.datePlayed(), tournament.timezone(),
                tournament.tournamentType(), tournament.state(), LeagueName.from(tournament.league()),
                tournament.users().size());
    }

    /** The league of a list item: {@code {"pk", "name", "organization_name"}}. */
    public record LeagueName(long pk, String name, String organizationName) {

        static LeagueName from(League league) {
            return league == null ? null
                    : new LeagueName(league.id(), league.name(), league.organizationName());
        }
    }
}
