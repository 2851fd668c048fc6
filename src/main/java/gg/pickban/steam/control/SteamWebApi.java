package gg.pickban.steam.control;

import gg.pickban.cluster.control.CallSpacing;
import gg.pickban.platform.control.Jsonp;
import gg.pickban.steam.entity.MatchDetails;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Steam Web API as Pickban uses it (docs/rules.md §7.2): four IDOTA2Match_570 calls, spaced across
 * all instances, bounded by a timeout, retried per docs/decisions.md D36, answered in Pickban's records. Without an
 * API key every call fails at once. The key never reaches a log line.
 */
@ApplicationScoped
public class SteamWebApi {

    private static final Logger LOG = Logger.getLogger(SteamWebApi.class.getName());
    private static final String SPACING_STREAM = "steam-web-api";

    @Inject
    @ConfigProperty(name = "pickban.steam.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "pickban.steam.api-base", defaultValue = "https://api.steampowered.com")
    String apiBase;

    @Inject
    @ConfigProperty(name = "pickban.steam.min-call-interval-ms", defaultValue = "500")
    long minCallIntervalMillis;

    @Inject
    @ConfigProperty(name = "pickban.steam.call-timeout-ms", defaultValue = "15000")
    long callTimeoutMillis;

    @Inject
    CallSpacing spacing;

    private HttpClient http;
    private final CallRetry retry = CallRetry.sleeping();

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(callTimeoutMillis)).build();
    }

    public boolean isConfigured() {
        return key().isPresent();
    }

    /** A page of the league's history, newest first; from the newest match when {@code startAtMatchId} is null. */
    public Optional<MatchHistoryPage> matchHistory(int leagueId, Long startAtMatchId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("league_id", Integer.toString(leagueId));
        params.put("matches_requested", "100");
        if (startAtMatchId != null) {
            params.put("start_at_match_id", Long.toString(startAtMatchId));
        }
        return result("GetMatchHistory", params).flatMap(SteamJson::historyPage);
    }

    /** The preferred detail fetch during a sync: the one match at that sequence number. */
    public Optional<MatchDetails> matchBySequenceNumber(long sequenceNumber, long matchId) {
        return result("GetMatchHistoryBySequenceNum", Map.of("start_at_match_seq_num", Long.toString(sequenceNumber),
                "matches_requested", "1")).flatMap(result -> SteamJson.fromSequencePage(result, matchId));
    }

    public Optional<MatchDetails> matchDetails(long matchId) {
        return result("GetMatchDetails", Map.of("match_id", Long.toString(matchId))).flatMap(SteamJson::detailsResult);
    }

    /** Steam's live league games {@code result}, untranslated: the endpoint hands it on as is. */
    public Optional<JsonObject> liveLeagueGames(Integer leagueId) {
        return result("GetLiveLeagueGames", leagueId == null ? Map.of() : Map.of("league_id", leagueId.toString()));
    }

    private Optional<JsonObject> result(String method, Map<String, String> params) {
        if (key().isEmpty()) {
            LOG.fine(() -> method + " skipped: no Steam API key configured");
            return Optional.empty();
        }
        SteamReply reply = retry.run(() -> exchange(method, params));
        if (reply instanceof SteamReply.Answered answered) {
            JsonValue result = answered.body().get("result");
            if (result != null && result.getValueType() == JsonValue.ValueType.OBJECT) {
                return Optional.of(result.asJsonObject());
            }
            LOG.warning(() -> method + " " + params + " failed: the answer has no result");
        } else {
            LOG.warning(() -> method + " " + params + " failed: " + reason(reply));
        }
        return Optional.empty();
    }

    private SteamReply exchange(String method, Map<String, String> params) {
        if (!awaitSlot()) {
            return new SteamReply.Refused("interrupted");
        }
        HttpRequest request = HttpRequest.newBuilder(uri(method, params))
                .timeout(Duration.ofMillis(callTimeoutMillis))
                .header("Accept", "application/json")
                .GET().build();
        CompletableFuture<HttpResponse<String>> call = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> response;
        try {
            response = call.get(callTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            return new SteamReply.Transient("timed out after " + callTimeoutMillis + " ms", null);
        } catch (ExecutionException e) {
            return new SteamReply.Transient("network error " + redacted(String.valueOf(e.getCause())), null);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return new SteamReply.Refused("interrupted");
        }
        return classify(response);
    }

    private static SteamReply classify(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            return new SteamReply.Transient("HTTP " + status, retryAfter(response));
        }
        if (status < 200 || status >= 300) {
            return new SteamReply.Refused("HTTP " + status);
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(response.body()))) {
            JsonValue body = reader.readValue();
            if (body.getValueType() != JsonValue.ValueType.OBJECT) {
                return new SteamReply.Refused("the answer is not a JSON object");
            }
            return new SteamReply.Answered(body.asJsonObject());
        } catch (JsonException e) {
            return new SteamReply.Refused("malformed JSON");
        }
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After")
                .filter(value -> value.trim().matches("[0-9]{1,6}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.trim())))
                .orElse(null);
    }

    /** Waits for this call's start slot, shared by every instance (docs/rules.md §7.2). */
    private boolean awaitSlot() {
        Duration wait;
        try {
            wait = spacing.reserve(SPACING_STREAM, Duration.ofMillis(minCallIntervalMillis));
        } catch (RuntimeException e) {
            LOG.warning("Steam call spacing unavailable, calling unspaced: " + e);
            wait = Duration.ZERO;
        }
        try {
            if (!wait.isZero() && !wait.isNegative()) {
                Thread.sleep(wait.toMillis());
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private URI uri(String method, Map<String, String> params) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("key", key().orElseThrow());
        query.putAll(params);
        String base = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
        return URI.create(base + "/IDOTA2Match_570/" + method + "/v1/?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private Optional<String> key() {
        return apiKey.map(String::trim).filter(k -> !k.isEmpty());
    }

    private static String reason(SteamReply reply) {
        if (reply instanceof SteamReply.Transient failure) {
            return failure.reason() + " (after " + CallRetry.ATTEMPTS + " attempts)";
        }
        return reply instanceof SteamReply.Refused refused ? refused.reason() : "answered";
    }

    private String redacted(String text) {
        return key().map(k -> text.replace(k, "***")).orElse(text);
    }
}
