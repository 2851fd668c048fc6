package gg.pickban.discord.control;

import gg.pickban.platform.control.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The guild data endpoints' answers (docs/rules.md §8.2), rendered as JSON and cached per guild — or,
 * for a user's own guild list, per user (docs/decisions.md D12). Unconfigured Discord answers empty lists (docs/decisions.md D47);
 * a failing Discord raises {@link DiscordUnavailable}.
 */
@ApplicationScoped
public class GuildData {

    static final Duration MEMBERS_TTL = Duration.ofSeconds(15);
    static final Duration USER_GUILDS_TTL = Duration.ofSeconds(5);
    static final Duration ACTIVITY_TTL = Duration.ofSeconds(15);

    @Inject
    DiscordApi discord;

    @Inject
    ExternalDataCache cache;

    @Inject
    @ConfigProperty(name = "pickban.discord.guild-id", defaultValue = "734185035623825559")
    String guildId;

    /** The members of the community's own guild ({@code pickban.discord.guild-id}). */
    public String communityMembers() {
        return members(guildId);
    }

    public String members(String guild) {
        if (!discord.botConfigured() || guild == null || guild.isBlank()) {
            return "{\"members\":[]}";
        }
        return cache.get("members:" + guild.trim(), MEMBERS_TTL, () -> Jsonp.createObjectBuilder()
                .add("members", discord.guildMembers(guild.trim())).build().toString());
    }

    /** The caller's guilds with the caller's own token; the cache entry is theirs alone. */
    public String userGuilds(long userPk, String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            return "{\"guilds\":[]}";
        }
        return cache.get("user-guilds:" + userPk, USER_GUILDS_TTL, () -> Jsonp.createObjectBuilder()
                .add("guilds", discord.userGuilds(accessToken)).build().toString());
    }

    public String voiceActivity() {
        if (!discord.botConfigured() || guildId == null || guildId.isBlank()) {
            return "{\"active_voice_channels\":[]}";
        }
        String guild = guildId.trim();
        return cache.get("voice-activity:" + guild, ACTIVITY_TTL,
                () -> VoiceActivity.of(discord.guildChannels(guild), discord.guild(guild)).toString());
    }
}
