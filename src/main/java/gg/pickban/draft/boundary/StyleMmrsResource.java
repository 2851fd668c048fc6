package gg.pickban.draft.boundary;

import gg.pickban.cluster.control.DerivedJson;
import gg.pickban.draft.entity.Draft;
import gg.pickban.platform.boundary.JsonBody;
import gg.pickban.platform.boundary.JsonSettings;
import gg.pickban.platform.control.Input;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/draft/get-style-mmrs} (draft.md §5.6, §7), open to anyone. Cached per draft pk
 * under the data generation, so any write to the draft, its tournament, teams or players is seen at
 * once (D10).
 */
@Tag(name = "draft")
@Path("draft/get-style-mmrs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StyleMmrsResource {

    @PersistenceContext
    EntityManager em;

    @Inject
    DerivedJson derived;

    @Operation(summary = "Predict team MMRs for each draft style")
    @APIResponse(responseCode = "201", description = "The predicted team MMRs per style.")
    @POST
    @Transactional
    public Response predict(JsonBody body) {
        Input in = Input.of(body.json());
        Long draftPk = in.field("pk").required().longInteger();
        in.validate();
        Draft draft = Optional.ofNullable(em.find(Draft.class, draftPk)).orElseThrow(() -> TournamentAnswers.notFound("Draft not found"));
        byte[] json = derived.get("draft-style-mmrs:" + draft.id(), () -> JsonSettings.jsonb().toJson(DraftMmrs.from(draft)));
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
    }
}
