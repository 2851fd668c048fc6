package gg.pickban.discord.boundary;

import gg.pickban.discord.control.GuildData;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/discord/…}: the community guild's members, the caller's guilds, voice activity (docs/rules.md §8.2). */
@Tag(name = "discord")
@Path("discord")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GuildDataResource {

    @Inject
    GuildData guilds;

    @Inject
    Caller caller;

    /** The frontend's spelling, without slash. */
    @Operation(summary = "List the guild's members (Discord data, cached)")
    @GET
    @Path("dtx_members")
    public String dtxMembers() {
        return guilds.communityMembers();
    }

    @Operation(summary = "List the guild's members as site users see them")
    @GET
    @Path("discord-members")
    public String discordMembers() {
        return guilds.communityMembers();
    }

    @Operation(summary = "List the caller's Discord guilds")
    @GET
    @Path("user-guilds")
    public String userGuilds() {
        User user = caller.require();
        return guilds.userGuilds(user.id(), user.discordAccessToken());
    }

    @Operation(summary = "Read the guild's voice activity")
    @GET
    @Path("get_discord_activity")
    public String activity() {
        caller.requireStaff();
        return guilds.voiceActivity();
    }
}
