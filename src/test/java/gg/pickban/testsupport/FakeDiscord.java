package gg.pickban.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Discord's OAuth 2.0 and {@code /users/@me} on 127.0.0.1, strict about what a real Discord checks:
 * the authorize page "clicks Authorize" for the profile set with {@link #signIn}, and answers 302 to
 * the redirect_uri with a one-time code and the state it was given; {@code POST /oauth2/token} wants
 * the client id and secret in the form, {@code grant_type=authorization_code}, that code and the
 * same redirect_uri; {@code GET /users/@me} wants the issued bearer token. Point Pickban at it with
 * {@code PICKBAN_DISCORD_API_BASE=}{@link #apiBase()}. The bot's REST v10 calls and the CDN are
 * served on the same port by {@link #bot()}.
 */
public final class FakeDiscord implements AutoCloseable {

    public static final long TOKEN_LIFETIME_SECONDS = 604800;

    /** What {@code GET /users/@me} answers; {@code globalName} and {@code avatar} may be null. */
    public record Profile(String id, String username, String globalName, String avatar) {
    }

    /** Tokens handed out, so a test can look for them where they must not be (logs). */
    public record Tokens(String access, String refresh) {
    }

    private record Grant(Profile profile, String redirectUri) {
    }

    private final String clientId;
    private final String clientSecret;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final FakeDiscordBot bot = new FakeDiscordBot();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Profile> accessTokens = new ConcurrentHashMap<>();
    private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<Tokens> issued = new CopyOnWriteArrayList<>();
    private volatile Profile signedIn;
    private volatile int nextTokenFailure;
    private volatile Duration nextProfileStall;

    private FakeDiscord(String clientId, String clientSecret) throws IOException {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth2/authorize", this::authorize);
        server.createContext("/oauth2/token", this::token);
        server.createContext("/users/@me", this::me);
        server.createContext("/v10/", bot::v10);
        server.createContext("/cdn/", bot::cdn);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeDiscord start(String clientId, String clientSecret) {
        try {
            return new FakeDiscord(clientId, clientSecret);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Discord", e);
        }
    }

    public String apiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Base of the fake CDN for avatar HEAD checks ({@code PICKBAN_DISCORD_CDN_BASE}). */
    public String cdnBase() {
        return apiBase() + "/cdn";
    }

    /** REST v10 (bot and user calls) and the CDN. */
    public FakeDiscordBot bot() {
        return bot;
    }

    /** The Discord user who approves the next authorize requests. */
    public void signIn(Profile profile) {
        this.signedIn = profile;
    }

    /** The next token exchange answers this status with an OAuth error body. */
    public void failNextTokenExchange(int status) {
        this.nextTokenFailure = status;
    }

    /** The next {@code /users/@me} call answers only after this long. */
    public void stallNextProfile(Duration stall) {
        this.nextProfileStall = stall;
    }

    /** Form fields of every token request, oldest first. */
    public List<Map<String, String>> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    public List<Tokens> issuedTokens() {
        return List.copyOf(issued);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        Profile profile = signedIn;
        if (!"GET".equals(exchange.getRequestMethod()) || profile == null || !clientId.equals(query.get("client_id"))
                || query.get("redirect_uri") == null) {
            send(exchange, 400, Json.createObjectBuilder().add("message", "Invalid OAuth2 request"));
            return;
        }
        String code = UUID.randomUUID().toString().replace("-", "");
        codes.put(code, new Grant(profile, query.get("redirect_uri")));
        String redirect = query.get("redirect_uri");
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code
                + (query.containsKey("state") ? "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8) : "");
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> fields = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        tokenRequests.add(fields);
        int failure = nextTokenFailure;
        nextTokenFailure = 0;
        if (failure != 0) {
            send(exchange, failure, Json.createObjectBuilder().add("error", "server_error"));
            return;
        }
        Grant grant = fields.get("code") == null ? null : codes.remove(fields.get("code"));
        if (!"POST".equals(exchange.getRequestMethod()) || !clientId.equals(fields.get("client_id"))
                || !clientSecret.equals(fields.get("client_secret"))) {
            send(exchange, 401, Json.createObjectBuilder().add("error", "invalid_client"));
            return;
        }
        if (grant == null || !"authorization_code".equals(fields.get("grant_type"))
                || !Objects.equals(grant.redirectUri(), fields.get("redirect_uri"))) {
            send(exchange, 400, Json.createObjectBuilder().add("error", "invalid_grant"));
            return;
        }
        Tokens tokens = new Tokens("access" + UUID.randomUUID().toString().replace("-", ""),
                "refresh" + UUID.randomUUID().toString().replace("-", ""));
        issued.add(tokens);
        accessTokens.put(tokens.access(), grant.profile());
        send(exchange, 200, Json.createObjectBuilder()
                .add("access_token", tokens.access())
                .add("token_type", "Bearer")
                .add("expires_in", TOKEN_LIFETIME_SECONDS)
                .add("refresh_token", tokens.refresh())
                .add("scope", "identify"));
    }

    private void me(HttpExchange exchange) throws IOException {
        Duration stall = nextProfileStall;
        nextProfileStall = null;
        if (stall != null) {
            sleep(stall);
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Profile profile = authorization == null || !authorization.startsWith("Bearer ") ? null
                : accessTokens.get(authorization.substring("Bearer ".length()));
        if (!"GET".equals(exchange.getRequestMethod()) || profile == null) {
            send(exchange, 401, Json.createObjectBuilder().add("message", "401: Unauthorized").add("code", 0));
            return;
        }
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("id", profile.id())
                .add("username", profile.username())
                .add("discriminator", "0")
                .add("public_flags", 0);
        nullable(body, "global_name", profile.globalName());
        nullable(body, "avatar", profile.avatar());
        send(exchange, 200, body);
    }

    private static void nullable(JsonObjectBuilder body, String key, String value) {
        if (value == null) {
            body.addNull(key);
        } else {
            body.add(key, value);
        }
    }

    private static void send(HttpExchange exchange, int status, JsonObjectBuilder json) throws IOException {
        byte[] body = json.build().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Query string or form body into a map; the last value of a repeated name wins. */
    public static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** The parameters of a URL such as the authorize redirect. */
    public static Map<String, String> query(URI uri) {
        return form(uri.getRawQuery());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
