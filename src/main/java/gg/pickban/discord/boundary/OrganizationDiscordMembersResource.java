package gg.pickban.discord.boundary;

import gg.pickban.discord.control.GuildData;
import gg.pickban.discord.control.OrganizationGuild;
import gg.pickban.discord.control.OrganizationGuild.Lookup;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.platform.boundary.ErrorBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/organizations/{pk}/discord-members/} for the organization's staff (docs/rules.md §8.2).
 * A root resource of its own, so the organization resource keeps its paths to itself.
 */
@Tag(name = "discord")
@Path("organizations/{pk: [0-9]+}/discord-members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationDiscordMembersResource {

    @Inject
    Caller caller;

    @Inject
    OrganizationGuild organizations;

    @Inject
    GuildData guilds;

    @Operation(summary = "List the Discord members of an organization's server")
    @APIResponse(responseCode = "200", description = "The members.")
    @GET
    public Response members(@PathParam("pk") long pk) {
        Lookup lookup = organizations.of(pk, caller.require());
        return switch (lookup.access()) {
            case UNKNOWN_ORGANIZATION -> ErrorBody.detail(404, "Not found.");
            case NOT_ORG_STAFF -> ErrorBody.error(403, "You do not have access to this organization");
            case NO_GUILD -> ErrorBody.error(400, "Organization has no Discord server configured");
            case FOUND -> Response.ok(guilds.members(lookup.guildId()), MediaType.APPLICATION_JSON_TYPE).build();
        };
    }
}
