package gg.pickban.discord.boundary;

import gg.pickban.discord.control.DiscordJob;
import gg.pickban.discord.control.DiscordJobs;
import gg.pickban.platform.boundary.ErrorBody;
import gg.pickban.platform.boundary.JsonSettings;
import gg.pickban.platform.boundary.TestEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Test-only {@code POST /api/tests/jobs/{name}/run/}: runs a Discord job now, exactly as its timer
 * would (same gating, same cluster lock), and answers what it did. Behind {@code TestEndpointsGate}.
 */
@TestEndpoint
@Tag(name = "discord")
@Path("tests/jobs/{name}/run")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobTriggerResource {

    @Inject
    DiscordJobs jobs;

    @Operation(summary = "Run a periodic job now (test only)")
    @APIResponse(responseCode = "200", description = "What the job did.")
    @POST
    public Response run(@PathParam("name") String name) {
        DiscordJob job = DiscordJob.byKey(name);
        if (job == null) {
            return ErrorBody.detail(404, "Not found.");
        }
        Optional<Object> summary = jobs.run(job);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("job", job.key());
        answer.put("ran", summary.isPresent());
        answer.put("summary", summary.orElse(null));
        return Response.ok(JsonSettings.jsonb().toJson(answer), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
