package gg.pickban.discord.control;

import gg.pickban.discord.control.DiscordHttp.Answer;
import gg.pickban.platform.control.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The Discord calls Pickban makes, translated into our terms: typed records where we use a value,
 * Discord's own JSON where the contract passes it through raw (guild members, partial guilds,
 * channels). Any answer that is not a success becomes {@link DiscordUnavailable}.
 */
@ApplicationScoped
public class DiscordApi {

    static final int MEMBERS_PAGE = 1000;
    private static final int MAX_MEMBER_PAGES = 100;
    private static final Logger LOG = Logger.getLogger(DiscordApi.class.getName());

    @Inject
    DiscordHttp http;

    public boolean botConfigured() {
        return http.botConfigured();
    }

    public DiscordUser user(String discordId) {
        JsonObject user = object(expectOk(http.asBot("GET", "/users/" + encode(discordId), null)));
        return new DiscordUser(user.getString("id", discordId), text(user.get("avatar")));
    }

    /** Every member of the guild, 1000 per page, each page after the last user id of the previous one. */
    public JsonArray guildMembers(String guildId) {
        JsonArrayBuilder members = Jsonp.createArrayBuilder();
        String after = null;
        for (int page = 0; page < MAX_MEMBER_PAGES; page++) {
            String path = "/guilds/" + encode(guildId) + "/members?limit=" + MEMBERS_PAGE + (after == null ? "" : "&after=" + after);
            JsonArray batch = array(expectOk(http.asBot("GET", path, null)));
            batch.forEach(members::add);
            String last = batch.isEmpty() ? null : lastUserId(batch);
            if (batch.size() < MEMBERS_PAGE || last == null || last.equals(after)) {
                return members.build();
            }
            after = last;
        }
        LOG.warning("Guild " + guildId + " has more than " + MAX_MEMBER_PAGES * MEMBERS_PAGE + " members; the rest is left out");
        return members.build();
    }

    public JsonArray userGuilds(String accessToken) {
        return array(expectOk(http.asUser(accessToken, "GET", "/users/@me/guilds")));
    }

    public JsonArray guildChannels(String guildId) {
        return array(expectOk(http.asBot("GET", "/guilds/" + encode(guildId) + "/channels", null)));
    }

    public JsonObject guild(String guildId) {
        return object(expectOk(http.asBot("GET", "/guilds/" + encode(guildId), null)));
    }

    /** Posts the announcement, with no answers yet when it takes RSVPs; @return the new message's id */
    public String post(Announcement announcement) {
        JsonObject message = AnnouncementMessage.of(announcement.eventId(), announcement.title(), announcement.description(),
                announcement.color(), announcement.includesRsvp() ? RsvpTally.NONE : null);
        String body = Jsonp.createObjectBuilder(message)
                .add("nonce", announcement.nonce())
                .add("enforce_nonce", true)
                .build().toString();
        JsonObject posted = object(expectOk(http.asBot("POST", "/channels/" + encode(announcement.channelId()) + "/messages", body)));
        String id = text(posted.get("id"));
        if (id == null) {
            throw new DiscordUnavailable("no message id in the answer");
        }
        return id;
    }

    /** The application's slash commands in one guild, as Discord lists them. */
    public JsonArray guildCommands(String applicationId, String guildId) {
        return array(expectOk(http.asBot("GET", commandsPath(applicationId, guildId), null)));
    }

    /** Replaces the guild's commands by these; commands of the same name keep their id. */
    public void overwriteGuildCommands(String applicationId, String guildId, JsonArray commands) {
        expectOk(http.asBot("PUT", commandsPath(applicationId, guildId), commands.toString()));
    }

    /** Edits the interaction's original response (after a deferral: the clicked message, or the "thinking…"). */
    public void editOriginalResponse(String applicationId, String interactionToken, JsonObject message) {
        expectOk(http.asWebhook("PATCH", webhookPath(applicationId, interactionToken) + "/messages/@original", message.toString()));
    }

    /** Sends a further message on the interaction. */
    public void followUp(String applicationId, String interactionToken, JsonObject message) {
        expectOk(http.asWebhook("POST", webhookPath(applicationId, interactionToken), message.toString()));
    }

    private static String commandsPath(String applicationId, String guildId) {
        return "/applications/" + encode(applicationId) + "/guilds/" + encode(guildId) + "/commands";
    }

    private static String webhookPath(String applicationId, String interactionToken) {
        return "/webhooks/" + encode(applicationId) + "/" + encode(interactionToken);
    }

    private static Answer expectOk(Answer answer) {
        if (!answer.ok()) {
            throw new DiscordUnavailable("HTTP " + answer.status());
        }
        return answer;
    }

    private static String lastUserId(JsonArray members) {
        JsonValue last = members.get(members.size() - 1);
        if (last instanceof JsonObject member && member.get("user") instanceof JsonObject user) {
            return text(user.get("id"));
        }
        return null;
    }

    private static JsonObject object(Answer answer) {
        if (parse(answer.body()) instanceof JsonObject object) {
            return object;
        }
        throw new DiscordUnavailable("unexpected answer");
    }

    private static JsonArray array(Answer answer) {
        if (parse(answer.body()) instanceof JsonArray array) {
            return array;
        }
        throw new DiscordUnavailable("unexpected answer");
    }

    private static JsonValue parse(String body) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            return JsonValue.NULL;
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
