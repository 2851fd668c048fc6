package gg.pickban.e2e.boundary;

import gg.pickban.herodraft.control.HeroDraftJson;
import gg.pickban.herodraft.control.HeroDrafts;
import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.herodraft.entity.HeroDraftRefused;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.TestEndpoint;
import gg.pickban.platform.control.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Test-only hero-draft helpers (docs/e2e-seed.md §2): the staff reset without the permission check, and
 * a timeout forced now (docs/decisions.md D51). Both announce like their real counterparts.
 */
@TestEndpoint
@Tag(name = "e2e")
@Path("tests/herodraft/{pk}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional(dontRollbackOn = HeroDraftRefused.class)
public class HeroDraftTestResource {

    @Inject
    HeroDrafts drafts;

    @Operation(summary = "Reset a hero draft (test only)")
    @POST
    @Path("reset")
    public HeroDraftJson reset(@PathParam("pk") String pk) {
        HeroDraft draft = locked(pk);
        drafts.reset(draft, Jsonp.createValue("test_endpoint"));
        return HeroDraftJson.from(draft);
    }

    @Operation(summary = "Time out the current round of a hero draft now (test only)")
    @POST
    @Path("force-timeout")
    public HeroDraftJson forceTimeout(@PathParam("pk") String pk) {
        HeroDraft draft = locked(pk);
        drafts.forceTimeout(draft);
        return HeroDraftJson.from(draft);
    }

    private HeroDraft locked(String pk) {
        return (pk.matches("[0-9]{1,18}") ? drafts.locked(Long.parseLong(pk)) : java.util.Optional.<HeroDraft>empty())
                .orElseThrow(() -> new WebApplicationException(ErrorBody.detail(404, "Not found.")));
    }
}
