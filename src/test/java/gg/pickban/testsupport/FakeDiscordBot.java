package gg.pickban.testsupport;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot and user side of the fake Discord ({@link FakeDiscord}): REST v10 users, guild members
 * with {@code limit}/{@code after} paging, a user's guilds by bearer token, channels and a guild
 * with voice states, message posting (with {@code enforce_nonce}, components kept as sent), an
 * application's guild slash commands (listed and bulk-overwritten the way Discord does: ids kept by
 * name, its own fields added), and interaction webhooks (follow-ups and edits of the original
 * response, which need no bot token) — plus the CDN's avatar images for HEAD checks. Bot calls must
 * carry {@code Bot <token>}. Every request is recorded; faults can be queued per route
 * ({@code "GET /v10/users/123"}) or a route broken for good.
 */
public final class FakeDiscordBot {

    /** One request as the fake saw it, with the status it answered. */
    public record Call(Instant at, String method, String path, String query, String authorization, String body, int status) {

        public String route() {
            return method + " " + path;
        }
    }

    /** A posted message: its channel, id and the JSON it was created from. */
    public record Message(String channelId, String id, JsonObject body) {

        public String title() {
            return body.getJsonArray("embeds").getJsonObject(0).getString("title");
        }

        /** The action rows posted with it; none when it has no components. */
        public List<JsonObject> components() {
            return body.containsKey("components") ? body.getJsonArray("components").getValuesAs(JsonObject.class) : List.of();
        }
    }

    /** A call on an interaction's webhook: {@code edit} of the original response, or a {@code followup} message. */
    public record WebhookCall(String applicationId, String token, String kind, String authorization, JsonObject body) {
    }

    private static final Pattern USER = Pattern.compile("/v10/users/([0-9]+)");
    private static final Pattern MEMBERS = Pattern.compile("/v10/guilds/([0-9]+)/members");
    private static final Pattern CHANNELS = Pattern.compile("/v10/guilds/([0-9]+)/channels");
    private static final Pattern GUILD = Pattern.compile("/v10/guilds/([0-9]+)");
    private static final Pattern POST = Pattern.compile("/v10/channels/([0-9]+)/messages");
    private static final Pattern COMMANDS = Pattern.compile("/v10/applications/([0-9]+)/guilds/([0-9]+)/commands");
    private static final Pattern FOLLOW_UP = Pattern.compile("/v10/webhooks/([0-9]+)/([^/]+)");
    private static final Pattern EDIT_ORIGINAL = Pattern.compile("/v10/webhooks/([0-9]+)/([^/]+)/messages/@original");
    private static final Pattern AVATAR = Pattern.compile("/cdn/avatars/([0-9]+)/([A-Za-z0-9_]+)\\.(png|gif)");

    private volatile String botToken = "unset";
    private final Map<String, Optional<String>> avatars = new ConcurrentHashMap<>();
    private final Map<String, List<JsonObject>> members = new ConcurrentHashMap<>();
    private final Map<String, JsonArray> userGuilds = new ConcurrentHashMap<>();
    private final Map<String, JsonArray> channels = new ConcurrentHashMap<>();
    private final Map<String, JsonArray> voiceStates = new ConcurrentHashMap<>();
    private final Map<String, Deque<DiscordFault>> faults = new ConcurrentHashMap<>();
    private final Map<String, Integer> broken = new ConcurrentHashMap<>();
    private final Map<String, Message> byNonce = new ConcurrentHashMap<>();
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final Map<String, List<JsonObject>> commands = new ConcurrentHashMap<>();
    private final List<WebhookCall> webhookCalls = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    /** One sequence for every fake of the test run: they all write into the same database, whose message ids are unique. */
    private static final AtomicLong MESSAGE_IDS = new AtomicLong(1_300_000_000_000_000_000L);
    private final AtomicLong messageIds = MESSAGE_IDS;
    private final Map<String, Deque<String>> presetMessageIds = new ConcurrentHashMap<>();

    FakeDiscordBot() {
    }

    public FakeDiscordBot acceptBotToken(String token) {
        this.botToken = token;
        return this;
    }

    /** What {@code GET /v10/users/{id}} answers and which avatar image the CDN has (null: default avatar). */
    public void user(String discordId, String avatar) {
        avatars.put(discordId, Optional.ofNullable(avatar));
    }

    public void members(String guildId, List<JsonObject> guildMembers) {
        members.put(guildId, guildMembers.stream()
                .sorted(Comparator.comparing(m -> new BigInteger(m.getJsonObject("user").getString("id")))).toList());
    }

    public static JsonObject member(String userId, String username) {
        return Json.createObjectBuilder()
                .add("user", Json.createObjectBuilder().add("id", userId).add("username", username)
                        .addNull("global_name").addNull("avatar").add("discriminator", "0"))
                .addNull("nick").add("roles", Json.createArrayBuilder()).add("joined_at", "2024-01-01T00:00:00.000000+00:00")
                .add("deaf", false).add("mute", false).build();
    }

    public void userGuilds(String accessToken, JsonArray guilds) {
        userGuilds.put(accessToken, guilds);
    }

    public void voice(String guildId, JsonArray guildChannels, JsonArray states) {
        channels.put(guildId, guildChannels);
        voiceStates.put(guildId, states);
    }

    /** The ids the next postings to that channel get, in order. */
    public void nextMessageIds(String channelId, String... ids) {
        presetMessageIds.computeIfAbsent(channelId, c -> new ArrayDeque<>()).addAll(List.of(ids));
    }

    /** The next requests to exactly that route ({@code "GET /v10/users/1"}) misbehave, one fault each. */
    public void fail(String route, DiscordFault... next) {
        Deque<DiscordFault> queue = faults.computeIfAbsent(route, r -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(next));
        }
    }

    /** Every request to that route answers {@code status} until {@link #repair}. */
    public void breakRoute(String route, int status) {
        broken.put(route, status);
    }

    public void repair(String route) {
        broken.remove(route);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String route) {
        return calls.stream().filter(c -> c.route().equals(route)).toList();
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** The guild's commands as {@code GET …/commands} lists them. */
    public List<JsonObject> commands(String applicationId, String guildId) {
        return List.copyOf(commands.getOrDefault(applicationId + "/" + guildId, List.of()));
    }

    /** Sets what the guild's commands are, as if someone had registered these (Discord's fields included). */
    public void commands(String applicationId, String guildId, List<JsonObject> listed) {
        commands.put(applicationId + "/" + guildId, List.copyOf(listed));
    }

    public List<WebhookCall> webhookCalls() {
        return List.copyOf(webhookCalls);
    }

    public List<WebhookCall> webhookCalls(String token) {
        return webhookCalls.stream().filter(c -> c.token().equals(token)).toList();
    }

    void v10(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String route = exchange.getRequestMethod() + " " + path;
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Answer answer = misbehaviour(route).orElseGet(() -> answer(exchange.getRequestMethod(), path,
                FakeDiscord.query(exchange.getRequestURI()), authorization, body));
        send(exchange, answer, new Call(Instant.now(), exchange.getRequestMethod(), path,
                exchange.getRequestURI().getRawQuery(), authorization, body, answer.status));
    }

    void cdn(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String route = exchange.getRequestMethod() + " " + path;
        Answer answer = misbehaviour(route).orElseGet(() -> {
            Matcher avatar = AVATAR.matcher(path);
            boolean found = avatar.matches() && avatars.getOrDefault(avatar.group(1), Optional.empty())
                    .map(avatar.group(2)::equals).orElse(false);
            return found ? new Answer(200, "", Map.of()) : new Answer(404, "", Map.of());
        });
        calls.add(new Call(Instant.now(), exchange.getRequestMethod(), path, null, null, null, answer.status));
        exchange.getResponseHeaders().add("Content-Type", "image/png");
        exchange.sendResponseHeaders(answer.status, -1);
        exchange.close();
    }

    private record Answer(int status, String body, Map<String, String> headers) {

        static Answer json(int status, JsonObjectBuilder json) {
            return new Answer(status, json.build().toString(), Map.of());
        }

        static Answer json(int status, JsonArray json) {
            return new Answer(status, json.toString(), Map.of());
        }
    }

    /** A queued fault or a broken route; a stall is served and then the request goes on normally. */
    private Optional<Answer> misbehaviour(String route) {
        Integer down = broken.get(route);
        if (down != null) {
            return Optional.of(error(down));
        }
        Deque<DiscordFault> queue = faults.get(route);
        DiscordFault fault = null;
        if (queue != null) {
            synchronized (queue) {
                fault = queue.poll();
            }
        }
        if (fault == null) {
            return Optional.empty();
        }
        if (!fault.stall().isZero()) {
            sleep(fault.stall());
            return Optional.empty();
        }
        if (fault.status() == 429) {
            JsonObjectBuilder limited = Json.createObjectBuilder().add("message", "You are being rate limited.")
                    .add("retry_after", fault.retryAfter()).add("global", fault.global());
            Map<String, String> headers = fault.global()
                    ? Map.of("Retry-After", Long.toString((long) Math.ceil(fault.retryAfter())), "X-RateLimit-Global", "true", "X-RateLimit-Scope", "global")
                    : Map.of("Retry-After", Long.toString((long) Math.ceil(fault.retryAfter())), "X-RateLimit-Scope", "user");
            return Optional.of(new Answer(429, limited.build().toString(), headers));
        }
        return Optional.of(error(fault.status()));
    }

    private static Answer error(int status) {
        return Answer.json(status, Json.createObjectBuilder().add("message", status + ": fake failure").add("code", 0));
    }

    private Answer answer(String method, String path, Map<String, String> query, String authorization, String body) {
        Matcher webhook;
        if ((webhook = EDIT_ORIGINAL.matcher(path)).matches() && method.equals("PATCH")) {
            return webhook(webhook.group(1), webhook.group(2), "edit", authorization, body);
        }
        if ((webhook = FOLLOW_UP.matcher(path)).matches() && method.equals("POST")) {
            return webhook(webhook.group(1), webhook.group(2), "followup", authorization, body);
        }
        if (path.equals("/v10/users/@me/guilds") && method.equals("GET")) {
            JsonArray guilds = authorization == null || !authorization.startsWith("Bearer ") ? null
                    : userGuilds.get(authorization.substring("Bearer ".length()));
            return guilds == null ? unauthorized() : Answer.json(200, guilds);
        }
        if (!("Bot " + botToken).equals(authorization)) {
            return unauthorized();
        }
        Matcher m;
        if ((m = USER.matcher(path)).matches() && method.equals("GET")) {
            Optional<String> avatar = avatars.get(m.group(1));
            if (avatar == null) {
                return Answer.json(404, Json.createObjectBuilder().add("message", "Unknown User").add("code", 10013));
            }
            JsonObjectBuilder user = Json.createObjectBuilder().add("id", m.group(1)).add("username", "user" + m.group(1))
                    .addNull("global_name").add("discriminator", "0");
            return Answer.json(200, avatar.isPresent() ? user.add("avatar", avatar.get()) : user.addNull("avatar"));
        }
        if ((m = MEMBERS.matcher(path)).matches() && method.equals("GET")) {
            return Answer.json(200, page(members.getOrDefault(m.group(1), List.of()), query));
        }
        if ((m = CHANNELS.matcher(path)).matches() && method.equals("GET")) {
            return Answer.json(200, channels.getOrDefault(m.group(1), JsonArray.EMPTY_JSON_ARRAY));
        }
        if ((m = GUILD.matcher(path)).matches() && method.equals("GET")) {
            return Answer.json(200, Json.createObjectBuilder().add("id", m.group(1)).add("name", "Guild " + m.group(1))
                    .add("voice_states", voiceStates.getOrDefault(m.group(1), JsonArray.EMPTY_JSON_ARRAY)));
        }
        if ((m = POST.matcher(path)).matches() && method.equals("POST")) {
            return post(m.group(1), Json.createReader(new StringReader(body)).readObject());
        }
        if ((m = COMMANDS.matcher(path)).matches() && method.equals("GET")) {
            return Answer.json(200, Json.createArrayBuilder(commands(m.group(1), m.group(2))).build());
        }
        if ((m = COMMANDS.matcher(path)).matches() && method.equals("PUT")) {
            return overwriteCommands(m.group(1), m.group(2), Json.createReader(new StringReader(body)).readArray());
        }
        return Answer.json(404, Json.createObjectBuilder().add("message", "404: Not Found").add("code", 0));
    }

    private JsonArray page(List<JsonObject> all, Map<String, String> query) {
        int limit = Math.min(1000, Integer.parseInt(query.getOrDefault("limit", "1")));
        BigInteger after = new BigInteger(query.getOrDefault("after", "0"));
        JsonArrayBuilder page = Json.createArrayBuilder();
        all.stream().filter(m -> new BigInteger(m.getJsonObject("user").getString("id")).compareTo(after) > 0)
                .limit(limit).forEach(page::add);
        return page.build();
    }

    private synchronized Answer post(String channelId, JsonObject body) {
        String nonce = body.containsKey("nonce") ? body.get("nonce").toString() : null;
        if (nonce != null && body.getBoolean("enforce_nonce", false) && byNonce.containsKey(nonce)) {
            return messageAnswer(byNonce.get(nonce));
        }
        Deque<String> preset = presetMessageIds.get(channelId);
        String id = preset != null && !preset.isEmpty() ? preset.poll() : Long.toString(messageIds.incrementAndGet());
        Message message = new Message(channelId, id, body);
        messages.add(message);
        if (nonce != null) {
            byNonce.put(nonce, message);
        }
        return messageAnswer(message);
    }

    /** Discord's bulk overwrite: same name, same id; its own fields added; {@code required: false} left out. */
    private synchronized Answer overwriteCommands(String applicationId, String guildId, JsonArray wanted) {
        Map<String, String> ids = new HashMap<>();
        commands(applicationId, guildId).forEach(c -> ids.put(c.getString("name"), c.getString("id")));
        List<JsonObject> stored = new ArrayList<>();
        String version = Long.toString(messageIds.incrementAndGet());
        for (JsonObject command : wanted.getValuesAs(JsonObject.class)) {
            JsonObjectBuilder listed = Json.createObjectBuilder(command)
                    .add("id", ids.getOrDefault(command.getString("name"), Long.toString(messageIds.incrementAndGet())))
                    .add("application_id", applicationId).add("guild_id", guildId).add("version", version)
                    .add("type", command.getInt("type", 1)).addNull("default_member_permissions").add("nsfw", false)
                    .addNull("name_localizations").addNull("description_localizations");
            if (command.containsKey("options")) {
                JsonArrayBuilder options = Json.createArrayBuilder();
                for (JsonObject option : command.getJsonArray("options").getValuesAs(JsonObject.class)) {
                    JsonObjectBuilder kept = Json.createObjectBuilder(option).addNull("name_localizations").addNull("description_localizations");
                    if (!option.getBoolean("required", false)) {
                        kept.remove("required");
                    }
                    options.add(kept);
                }
                listed.add("options", options);
            }
            stored.add(listed.build());
        }
        commands(applicationId, guildId, stored);
        return Answer.json(200, Json.createArrayBuilder(stored).build());
    }

    private Answer webhook(String applicationId, String token, String kind, String authorization, String body) {
        JsonObject message = Json.createReader(new StringReader(body)).readObject();
        webhookCalls.add(new WebhookCall(applicationId, token, kind, authorization, message));
        JsonObjectBuilder answer = Json.createObjectBuilder(message).add("id", Long.toString(messageIds.incrementAndGet()))
                .add("type", kind.equals("edit") ? 0 : 19).add("application_id", applicationId);
        return Answer.json(200, answer);
    }

    private static Answer messageAnswer(Message message) {
        return Answer.json(200, Json.createObjectBuilder().add("id", message.id()).add("channel_id", message.channelId())
                .add("embeds", message.body().getJsonArray("embeds")).add("type", 0));
    }

    private static Answer unauthorized() {
        return Answer.json(401, Json.createObjectBuilder().add("message", "401: Unauthorized").add("code", 0));
    }

    private void send(HttpExchange exchange, Answer answer, Call call) throws IOException {
        calls.add(call);
        answer.headers.forEach(exchange.getResponseHeaders()::add);
        if (answer.status == 204) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
