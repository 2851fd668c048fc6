package gg.pickban.discord.control;

import gg.pickban.discord.control.DiscordRetry.Kind;
import gg.pickban.discord.control.DiscordRetry.Verdict;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Discord's REST API v10 as plain HTTP exchanges: the bot's or a user's authorization, a 10 s
 * timeout, bounded retries ({@link DiscordRetry}), and the waits Discord asks for — per route when
 * a bucket runs dry, for every call after a global 429. Log lines name the route and the outcome,
 * never a token or a body (an interaction's webhook has its token in the path: the route leaves it out).
 */
@ApplicationScoped
public class DiscordHttp {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String USER_AGENT = "DiscordBot (https://github.com/pickban, 1.0)";
    private static final Logger LOG = Logger.getLogger(DiscordHttp.class.getName());

    /** A final answer (2xx or a 4xx Discord meant); the caller decides what it means. */
    public record Answer(int status, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    @Inject
    @ConfigProperty(name = "pickban.discord.api-base", defaultValue = "https://discord.com/api")
    String apiBase;

    @Inject
    @ConfigProperty(name = "pickban.discord.bot-token")
    Optional<String> botToken;

    @Inject
    Clock clock;

    private HttpClient client;
    private volatile Instant globalPauseUntil = Instant.EPOCH;
    private final Map<String, Instant> routePauseUntil = new ConcurrentHashMap<>();

    @PostConstruct
    void connect() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    public boolean botConfigured() {
        return botToken.filter(token -> !token.isBlank()).isPresent();
    }

    /** A call as the bot; without a configured token this is a programming error. */
    public Answer asBot(String method, String path, String json) {
        String token = botToken.filter(t -> !t.isBlank()).orElseThrow(() -> new IllegalStateException("no bot token"));
        return send("Bot " + token.trim(), method, path, json);
    }

    /** A call on an interaction's webhook: the interaction token in the path is all the authorization it takes. */
    public Answer asWebhook(String method, String path, String json) {
        return send(null, method, path, json);
    }

    /** A call on behalf of a user, with their OAuth access token. */
    public Answer asUser(String accessToken, String method, String path) {
        return send("Bearer " + accessToken, method, path, null);
    }

    private Answer send(String authorization, String method, String path, String json) {
        String route = method + " " + path.replaceAll("\\?.*", "").replaceAll("^/webhooks/([^/]+)/[^/]+", "/webhooks/$1/{token}");
        for (int attempt = 1; ; attempt++) {
            awaitPauses(route);
            Verdict verdict;
            try {
                HttpResponse<String> response = client.send(request(authorization, method, path, json),
                        HttpResponse.BodyHandlers.ofString());
                DiscordRetry.bucketExhausted(response.headers()).ifPresent(wait -> pauseRoute(route, wait));
                verdict = DiscordRetry.afterAnswer(attempt, response.statusCode(), response.headers(), response.body());
                if (verdict.kind() == Kind.DONE) {
                    return new Answer(response.statusCode(), response.body());
                }
                LOG.info(() -> "Discord " + route + ": HTTP " + response.statusCode());
            } catch (IOException e) {
                String reason = reason(e);
                LOG.info(() -> "Discord " + route + ": " + reason);
                verdict = DiscordRetry.afterNetworkError(attempt, reason);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DiscordUnavailable("interrupted");
            }
            if (verdict.global()) {
                globalPauseUntil = clock.instant().plus(verdict.pause());
            }
            if (verdict.kind() == Kind.FAIL) {
                throw new DiscordUnavailable(verdict.reason());
            }
            sleep(verdict.pause());
        }
    }

    private HttpRequest request(String authorization, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiBase.replaceAll("/+$", "") + "/v10" + path))
                .timeout(TIMEOUT)
                .header("User-Agent", USER_AGENT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private void pauseRoute(String route, Duration wait) {
        Instant now = clock.instant();
        routePauseUntil.values().removeIf(until -> until.isBefore(now));
        routePauseUntil.put(route, now.plus(wait));
    }

    /** Waits out a global or per-route pause, or fails at once when it is longer than we would wait. */
    private void awaitPauses(String route) {
        Instant now = clock.instant();
        Instant until = routePauseUntil.getOrDefault(route, Instant.EPOCH);
        if (globalPauseUntil.isAfter(until)) {
            until = globalPauseUntil;
        }
        Duration wait = Duration.between(now, until);
        if (wait.compareTo(DiscordRetry.MAX_WAIT) > 0) {
            throw new DiscordUnavailable("rate limited");
        }
        if (!wait.isNegative()) {
            sleep(wait);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timed out";
        }
        if (e instanceof ConnectException) {
            return "connection failed";
        }
        return "network error";
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscordUnavailable("interrupted");
        }
    }
}
