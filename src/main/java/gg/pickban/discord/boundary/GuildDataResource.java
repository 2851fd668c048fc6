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

/** {@code /api/discord/…}: the community guild's members, the caller's guilds, voice activity (discord.md §4). */
@Path("discord")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GuildDataResource {

    @Inject
    GuildData guilds;

    @Inject
    Caller caller;

    /** The frontend's spelling, without slash. */
    @GET
    @Path("dtx_members")
    public String dtxMembers() {
        return guilds.communityMembers();
    }

    @GET
    @Path("discord-members")
    public String discordMembers() {
        return guilds.communityMembers();
    }

    @GET
    @Path("user-guilds")
    public String userGuilds() {
        User user = caller.require();
        return guilds.userGuilds(user.id(), user.discordAccessToken());
    }

    @GET
    @Path("get_discord_activity")
    public String activity() {
        caller.requireStaff();
        return guilds.voiceActivity();
    }
}
