package gg.pickban.tournament.control;

import gg.pickban.identity.entity.User;
import gg.pickban.league.control.LeagueRoles;
import gg.pickban.league.entity.League;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Tournament;

/**
 * The tournament- and game-scoped predicates of docs/rules.md §2.2, built on the league roles. They
 * look at the object as it is or as it will be saved (docs/decisions.md D5); anonymous callers (null) pass none.
 */
public final class TournamentRoles {

    private TournamentRoles() {
    }

    /** CanEditTournament: staff, or LeagueAdmin of the tournament's league. */
    public static boolean canEditTournament(User user, Tournament tournament) {
        return LeagueRoles.isStaff(user)
                || (user != null && tournament.league() != null && LeagueRoles.isLeagueAdmin(user, tournament.league()));
    }

    /** docs/decisions.md D5: creating a tournament, or moving one, into this league (null: league-less, staff only). */
    public static boolean canPlaceTournamentIn(User user, League league) {
        return LeagueRoles.isStaff(user) || (user != null && league != null && LeagueRoles.isLeagueAdmin(user, league));
    }

    /**
     * CanManageGame of the tournament's games as a whole (a game without a direct league): creating
     * one, Steam auto-assign (docs/decisions.md D5). A league-less tournament is staff only.
     */
    public static boolean canManageGamesOf(User user, Tournament tournament) {
        return canManageGame(user, null, tournament);
    }

    public static boolean canManageGame(User user, Game game) {
        return canManageGame(user, game.league(), game.tournament());
    }

    /**
     * CanManageGame of a game with this direct league and tournament: staff, else LeagueStaff of the
     * direct league, else of the tournament's league; a game without either is staff-only (docs/decisions.md D5).
     */
    public static boolean canManageGame(User user, League directLeague, Tournament tournament) {
        if (LeagueRoles.isStaff(user)) {
            return true;
        }
        if (user == null) {
            return false;
        }
        if (directLeague != null) {
            return LeagueRoles.isLeagueStaff(user, directLeague);
        }
        return tournament != null && tournament.league() != null && LeagueRoles.isLeagueStaff(user, tournament.league());
    }
}
