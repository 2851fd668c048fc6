package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.TieRoll;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonSettings;
import gg.pickban.platform.control.Jsonp;
import gg.pickban.tournament.boundary.TournamentShapes;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/**
 * What the draft actions answer (docs/rules.md §4.3, §4.4): the tournament after the change as the tournament
 * component renders it, plus {@code tie_resolution} after a shuffle tie; and their 404 texts.
 */
@ApplicationScoped
class TournamentAnswers {

    @Inject
    TournamentShapes shapes;

    Response tournament(int status, Tournament tournament) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(shapes.full(tournament)).build();
    }

    Response tournament(int status, Tournament tournament, TieRoll tie) {
        if (tie == null) {
            return tournament(status, tournament);
        }
        JsonObject full = Jsonp.createReader(new StringReader(JsonSettings.jsonb().toJson(shapes.full(tournament)))).readObject();
        JsonObject body = Jsonp.createObjectBuilder(full).add("tie_resolution", tie.toJson()).build();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.toString()).build();
    }

    static WebApplicationException notFound(String error) {
        return new WebApplicationException(ErrorBody.error(404, error));
    }
}
