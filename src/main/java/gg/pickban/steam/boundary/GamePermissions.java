package gg.pickban.steam.boundary;

import gg.pickban.identity.entity.User;
import gg.pickban.league.control.LeagueRoles;
import gg.pickban.league.entity.League;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Tournament;

/** The scoped checks of the Steam endpoints (identity.md §1.2, §7.1; D4, D5). */
final class GamePermissions {

    private GamePermissions() {
    }

    /** CanManageGame: staff, or league staff of the game's own league, else of its tournament's league. */
    static boolean canManage(User user, Game game) {
        if (LeagueRoles.isStaff(user)) {
            return true;
        }
        League league = game.league() != null ? game.league() : game.tournament() != null ? game.tournament().league() : null;
        return league != null && LeagueRoles.isLeagueStaff(user, league);
    }

    /** Auto-assign: staff, or league staff of the tournament's league; a league-less tournament is staff only (D5). */
    static boolean canAutoAssign(User user, Tournament tournament) {
        return LeagueRoles.isStaff(user) || tournament.league() != null && LeagueRoles.isLeagueStaff(user, tournament.league());
    }
}
