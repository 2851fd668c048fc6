package gg.pickban.tournament.boundary;

import gg.pickban.identity.boundary.Caller;
import gg.pickban.platform.boundary.ErrorBody;
import jakarta.ws.rs.WebApplicationException;

/** The 403 texts for refused tournament and game writes (who passes: docs/rules.md §2.2). */
final class Denied {

    static final String CREATE_TOURNAMENT = "You do not have permission to create tournaments in this league.";
    static final String EDIT_TOURNAMENT = "You do not have permission to edit this tournament.";
    static final String CREATE_GAME = "You do not have permission to create games in this tournament.";
    static final String MANAGE_GAME = "You do not have permission to manage this game.";

    private Denied() {
    }

    static WebApplicationException because(String detail) {
        return new WebApplicationException(ErrorBody.detail(403, detail));
    }

    static WebApplicationException generic() {
        return because(Caller.NO_PERMISSION);
    }
}
