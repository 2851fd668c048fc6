package gg.pickban.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for the Steam Web API's IDOTA2Match_570 calls (docs/rules.md §7.2) on 127.0.0.1, with
 * the JSON shapes Steam answers: leagues with paged match history, match details (also by sequence
 * number), live league games. Faults can be queued per method — 429 with Retry-After, 500, a
 * response slower than the client's timeout, malformed JSON, a body without {@code result} — and
 * single matches can be made unfetchable. Every request is recorded with its arrival time.
 */
public final class FakeSteam implements AutoCloseable {

    /** What a queued request gets; {@code NONE} answers normally (to fault a later request). */
    public enum Fault { NONE, TOO_MANY_REQUESTS, SERVER_ERROR, SLOW, MALFORMED, NO_RESULT }

    /** One request as it arrived: the method, its parameters (without the key) and when. */
    public record Call(String method, Map<String, String> params, long arrivedNanos) {
    }

    /** A player line; {@code accountId} 4294967295 is Steam's anonymous player. */
    public record Player(long accountId, int slot, int heroId, int kills, int deaths, int assists, int goldPerMin) {
    }

    private record Match(int leagueId, long matchId, long sequenceNumber, long startTime, boolean radiantWin,
            List<Player> players) {
    }

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);
    private static final AtomicLong ACCOUNTS = new AtomicLong(100_000_000 + System.currentTimeMillis() % 1_000_000 * 1000);

    private final String key;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<Long, Match> matches = new ConcurrentHashMap<>();
    private final Set<Long> unfetchable = ConcurrentHashMap.newKeySet();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile int pageSize = 100;
    private volatile int retryAfterSeconds = 1;
    private volatile Duration slowness = Duration.ofSeconds(3);
    private volatile JsonObject live = Json.createObjectBuilder().add("games", Json.createArrayBuilder()).add("status", 200).build();

    private FakeSteam(String key) throws IOException {
        this.key = key;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/IDOTA2Match_570/", this::handle);
        server.start();
    }

    public static FakeSteam start(String key) {
        try {
            return new FakeSteam(key);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Steam API", e);
        }
    }

    /** A number no other test of this run uses, for league and match ids. */
    public static long freshId() {
        return IDS.addAndGet(1000);
    }

    /** The first of ten Steam account ids (32-bit) no other test of this run uses. */
    public static long freshAccountId() {
        return ACCOUNTS.addAndGet(10);
    }

    /** A Steam league id no other test of this run uses. */
    public static int freshLeagueId() {
        return (int) (freshId() % 1_000_000_000);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String key() {
        return key;
    }

    /** Ten players on slots 0–4 and 128–132; the last dire player is anonymous. */
    public static List<Player> tenPlayers(long firstAccountId) {
        List<Player> players = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long account = i == 9 ? 4294967295L : firstAccountId + i;
            players.add(new Player(account, i < 5 ? i : 128 + i - 5, 1 + i, 5 + i, 3, 7, 400 + 10 * i));
        }
        return players;
    }

    public FakeSteam addMatch(int leagueId, long matchId, long startTime, boolean radiantWin, List<Player> players) {
        matches.put(matchId, new Match(leagueId, matchId, matchId * 10 + 7, startTime, radiantWin, List.copyOf(players)));
        return this;
    }

    public void makeUnfetchable(long matchId) {
        unfetchable.add(matchId);
    }

    public void makeFetchable(long matchId) {
        unfetchable.remove(matchId);
    }

    /** The next {@code times} requests of the method (all methods for "*") get the fault. */
    public void faultNext(String method, Fault fault, int times) {
        Deque<Fault> queue = faults.computeIfAbsent(method, m -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.add(fault);
            }
        }
    }

    /** Like {@link #faultNext(String, Fault, int)}, only for requests about that league (other syncs keep running). */
    public void faultNext(String method, int leagueId, Fault fault, int times) {
        faultNext(method + "@" + leagueId, fault, times);
    }

    /** Every request of the method takes this long before it is answered. */
    public void delay(String method, Duration duration) {
        if (duration.isZero()) {
            delays.remove(method);
        } else {
            delays.put(method, duration);
        }
    }

    /** Steam sometimes pages by fewer than requested; this caps every history page. */
    public void pageSize(int matchesPerPage) {
        pageSize = matchesPerPage;
    }

    public void retryAfterSeconds(int seconds) {
        retryAfterSeconds = seconds;
    }

    public void slowness(Duration duration) {
        slowness = duration;
    }

    public void liveResult(JsonObject result) {
        live = result;
    }

    /** Back to a well-behaved Steam: no queued faults, no delays, full pages (stored matches stay). */
    public void behave() {
        faults.clear();
        delays.clear();
        unfetchable.clear();
        pageSize = 100;
        retryAfterSeconds = 1;
        slowness = Duration.ofSeconds(3);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** How often the match's details were asked for, by either detail call. */
    public long detailFetches(long matchId) {
        return calls.stream().filter(c -> c.method().equals("GetMatchDetails") && c.params().get("match_id").equals(Long.toString(matchId))
                || c.method().equals("GetMatchHistoryBySequenceNum")
                && c.params().get("start_at_match_seq_num").equals(Long.toString(matchId * 10 + 7))).count();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] segments = exchange.getRequestURI().getPath().split("/");
            String method = segments.length > 2 ? segments[2] : "";
            Map<String, String> params = query(exchange.getRequestURI().getRawQuery());
            String givenKey = params.remove("key");
            calls.add(new Call(method, Map.copyOf(params), System.nanoTime()));
            sleep(delays.getOrDefault(method, Duration.ZERO));
            if (!key.equals(givenKey)) {
                send(exchange, 403, "<html><head><title>Forbidden</title></head><body><h1>Forbidden</h1></body></html>", "text/html");
                return;
            }
            Fault fault = nextFault(method, params.get("league_id"));
            if (fault != null && fault != Fault.SLOW && fault != Fault.NONE) {
                sendFault(exchange, fault);
                return;
            }
            if (fault == Fault.SLOW) {
                sleep(slowness);
            }
            JsonObject result = switch (method) {
                case "GetMatchHistory" -> history(params);
                case "GetMatchHistoryBySequenceNum" -> bySequence(params);
                case "GetMatchDetails" -> details(params);
                case "GetLiveLeagueGames" -> live;
                default -> null;
            };
            if (result == null) {
                send(exchange, 404, "<html><body>Not Found</body></html>", "text/html");
                return;
            }
            send(exchange, 200, Json.createObjectBuilder().add("result", result).build().toString(), "application/json");
        }
    }

    private Fault nextFault(String method, String leagueId) {
        for (String key : List.of(method + "@" + leagueId, method, "*")) {
            Deque<Fault> queue = faults.get(key);
            if (queue != null) {
                synchronized (queue) {
                    if (!queue.isEmpty()) {
                        return queue.poll();
                    }
                }
            }
        }
        return null;
    }

    private void sendFault(HttpExchange exchange, Fault fault) throws IOException {
        switch (fault) {
            case TOO_MANY_REQUESTS -> {
                exchange.getResponseHeaders().add("Retry-After", Integer.toString(retryAfterSeconds));
                send(exchange, 429, "Too Many Requests", "text/plain");
            }
            case SERVER_ERROR -> send(exchange, 500, "<html><body>Internal Server Error</body></html>", "text/html");
            case MALFORMED -> send(exchange, 200, "{\"result\": {\"status\": 1, \"matches\": [{\"match_id\": ", "application/json");
            case NO_RESULT -> send(exchange, 200, "{}", "application/json");
            default -> throw new IllegalStateException(fault.name());
        }
    }

    private JsonObject history(Map<String, String> params) {
        int league = Integer.parseInt(params.getOrDefault("league_id", "0"));
        long startAt = Long.parseLong(params.getOrDefault("start_at_match_id", "0"));
        int requested = Integer.parseInt(params.getOrDefault("matches_requested", "100"));
        List<Match> ofLeague = matches.values().stream().filter(m -> m.leagueId() == league)
                .filter(m -> startAt == 0 || m.matchId() <= startAt)
                .sorted(Comparator.comparingLong(Match::matchId).reversed()).toList();
        List<Match> page = ofLeague.subList(0, Math.min(Math.min(requested, pageSize), ofLeague.size()));
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Match match : page) {
            JsonArrayBuilder players = Json.createArrayBuilder();
            match.players().forEach(p -> players.add(Json.createObjectBuilder().add("account_id", p.accountId())
                    .add("player_slot", p.slot()).add("team_number", p.slot() < 128 ? 0 : 1).add("team_slot", p.slot() % 128)
                    .add("hero_id", p.heroId())));
            list.add(Json.createObjectBuilder().add("match_id", match.matchId()).add("match_seq_num", match.sequenceNumber())
                    .add("start_time", match.startTime()).add("lobby_type", 1).add("radiant_team_id", 0).add("dire_team_id", 0)
                    .add("players", players));
        }
        return Json.createObjectBuilder().add("status", 1).add("num_results", page.size())
                .add("total_results", ofLeague.size()).add("results_remaining", ofLeague.size() - page.size())
                .add("matches", list).build();
    }

    private JsonObject bySequence(Map<String, String> params) {
        long start = Long.parseLong(params.getOrDefault("start_at_match_seq_num", "0"));
        int requested = Integer.parseInt(params.getOrDefault("matches_requested", "100"));
        JsonArrayBuilder list = Json.createArrayBuilder();
        matches.values().stream().filter(m -> m.sequenceNumber() >= start).sorted(Comparator.comparingLong(Match::sequenceNumber))
                .limit(requested).filter(m -> !unfetchable.contains(m.matchId())).forEach(m -> list.add(detailsOf(m)));
        return Json.createObjectBuilder().add("status", 1).add("matches", list).build();
    }

    private JsonObject details(Map<String, String> params) {
        Match match = matches.get(Long.parseLong(params.getOrDefault("match_id", "0")));
        if (match == null || unfetchable.contains(match.matchId())) {
            return Json.createObjectBuilder().add("error", "Match ID not found").build();
        }
        return detailsOf(match);
    }

    private static JsonObject detailsOf(Match match) {
        JsonArrayBuilder players = Json.createArrayBuilder();
        for (Player p : match.players()) {
            JsonObjectBuilder line = Json.createObjectBuilder().add("account_id", p.accountId()).add("player_slot", p.slot())
                    .add("team_number", p.slot() < 128 ? 0 : 1).add("team_slot", p.slot() % 128).add("hero_id", p.heroId())
                    .add("item_0", 1).add("item_1", 0).add("kills", p.kills()).add("deaths", p.deaths()).add("assists", p.assists())
                    .add("leaver_status", 0).add("last_hits", 100 + p.kills()).add("denies", 4).add("gold_per_min", p.goldPerMin())
                    .add("xp_per_min", p.goldPerMin() + 50).add("level", 25).add("net_worth", 20000)
                    .add("hero_damage", 15000).add("tower_damage", 2000);
            if (p.slot() % 2 == 0) {
                line.add("hero_healing", 300);
            }
            players.add(line);
        }
        return Json.createObjectBuilder().add("players", players).add("radiant_win", match.radiantWin()).add("duration", 2400)
                .add("pre_game_duration", 90).add("start_time", match.startTime()).add("match_id", match.matchId())
                .add("match_seq_num", match.sequenceNumber()).add("tower_status_radiant", 1974).add("tower_status_dire", 0)
                .add("cluster", 123).add("first_blood_time", 60).add("lobby_type", 1).add("human_players", 10)
                .add("leagueid", match.leagueId()).add("game_mode", 2).add("flags", 1).add("engine", 1)
                .add("radiant_score", 30).add("dire_score", 20).build();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGaveUp) {
            // the client timed out and closed the connection: nothing to answer
        }
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
