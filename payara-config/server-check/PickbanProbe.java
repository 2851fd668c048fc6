import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of payara-config/server-check.sh: one check per call, against a running Pickban.
 * Prints one line and exits 0 when the check passed, 1 when it failed. Logins keep their cookies in a
 * file, so a later call (after a redeploy, say) goes on with the same session.
 * <pre>
 *   ready BASE SECONDS                 /health/ready answers 200 UP within that time
 *   login BASE JAR                     POST /api/tests/login-staff/, cookies into JAR
 *   read-write BASE JAR NAME [ORIGIN]  as the JAR's user: current_user, create an organization, read it back
 *   refused BASE JAR ORIGIN            the same write from that origin is refused (403)
 *   herodraft BASE CAPTAIN_A CAPTAIN_B GAME   start a hero draft through the API, a spectator gets ticks,
 *                                      /metrics shows the sockets and the ticking meanwhile
 *   metrics BASE NAME...               /metrics?scope=application has these metrics
 *   get BASE PATH                      prints the body of a GET
 * </pre>
 */
public final class PickbanProbe {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PickbanProbe() {
    }

    public static void main(String[] args) {
        try {
            String result = switch (args[0]) {
                case "ready" -> ready(args[1], Integer.parseInt(args[2]));
                case "login" -> login(args[1], Path.of(args[2]));
                case "read-write" -> readWrite(args[1], Path.of(args[2]), args[3], args.length > 4 ? args[4] : args[1]);
                case "refused" -> refused(args[1], Path.of(args[2]), args[3]);
                case "herodraft" -> heroDraft(args[1], Long.parseLong(args[2]), Long.parseLong(args[3]), Long.parseLong(args[4]));
                case "metrics" -> metrics(args[1], List.of(args).subList(2, args.length));
                case "get" -> send(HttpRequest.newBuilder(URI.create(args[1] + args[2]))).body();
                default -> throw new IllegalArgumentException("unknown check " + args[0]);
            };
            System.out.println(result);
        } catch (Exception | AssertionError e) {
            System.out.println("FAIL: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String ready(String base, int seconds) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(seconds);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(base + "/health/ready")));
                last = reply.statusCode() + " " + reply.body();
                if (reply.statusCode() == 200 && reply.body().contains("\"UP\"")) {
                    return "ready: " + reply.body();
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not ready within " + seconds + " s: " + last);
    }

    private static String login(String base, Path jar) throws Exception {
        BrowserSession staff = new BrowserSession(base);
        staff.expect(staff.post("/api/tests/login-staff/", null, base), 200);
        staff.save(jar);
        return "logged in as staff, session " + staff.cookie("sessionid").substring(0, 6) + "...";
    }

    private static String readWrite(String base, Path jar, String name, String origin) throws Exception {
        BrowserSession staff = BrowserSession.load(base, jar);
        HttpResponse<String> me = staff.get("/api/current_user");
        staff.expect(me, 201);
        check(Boolean.TRUE.equals(Json.at(Json.parse(me.body()), "is_staff")), "current_user is not staff: " + me.body());
        HttpResponse<String> created = staff.post("/api/organizations/", "{\"name\": \"" + name + "\"}", origin);
        staff.expect(created, 201);
        long id = number(Json.at(Json.parse(created.body()), "pk"));
        HttpResponse<String> read = staff.get("/api/organizations/" + id + "/");
        staff.expect(read, 200);
        check(name.equals(Json.at(Json.parse(read.body()), "name")), "organization " + id + " read back as " + read.body());
        return "session of " + Json.at(Json.parse(me.body()), "username") + " works; created and read organization " + id
                + " (Origin " + origin + ")";
    }

    private static String refused(String base, Path jar, String origin) throws Exception {
        BrowserSession staff = BrowserSession.load(base, jar);
        HttpResponse<String> reply = staff.post("/api/organizations/", "{\"name\": \"refused\"}", origin);
        staff.expect(reply, 403);
        return "a write from " + origin + " is refused: " + reply.body();
    }

    /**
     * Both captains connect (a captain without a socket and heartbeats gets the draft paused, docs/rules.md §5.7), ready up,
     * roll and choose; then a spectator's socket must get ticks, and /metrics must show the socket and the ticking.
     */
    private static String heroDraft(String base, long captainA, long captainB, long game) throws Exception {
        BrowserSession a = BrowserSession.loginAs(base, captainA);
        BrowserSession b = BrowserSession.loginAs(base, captainB);
        HttpResponse<String> created = a.post("/api/games/" + game + "/create-herodraft/", "{}", base);
        check(created.statusCode() == 201 || created.statusCode() == 200, "create-herodraft: " + created.statusCode() + " " + created.body());
        long draft = number(Json.at(Json.parse(created.body()), "id"));
        String path = "/api/herodraft/" + draft + "/";
        List<String> spectated = new CopyOnWriteArrayList<>();
        try (HeroDraftSocket captainSocketA = HeroDraftSocket.open(base, path, a, new CopyOnWriteArrayList<>());
                HeroDraftSocket captainSocketB = HeroDraftSocket.open(base, path, b, new CopyOnWriteArrayList<>())) {
            a.expect(a.post(path + "set-ready/", null, base), 200);
            b.expect(b.post(path + "set-ready/", null, base), 200);
            HttpResponse<String> rolled = b.post(path + "trigger-roll/", null, base);
            b.expect(rolled, 200);
            long winner = number(Json.at(Json.parse(rolled.body()), "roll_winner", "captain", "pk"));
            BrowserSession first = winner == captainA ? a : b;
            BrowserSession second = winner == captainA ? b : a;
            first.expect(first.post(path + "submit-choice/", "{\"choice_type\": \"pick_order\", \"value\": \"first\"}", base), 200);
            HttpResponse<String> chosen = second.post(path + "submit-choice/", "{\"choice_type\": \"side\", \"value\": \"radiant\"}", base);
            second.expect(chosen, 200);
            check("drafting".equals(Json.at(Json.parse(chosen.body()), "state")), "not drafting: " + chosen.body());
            try (HeroDraftSocket spectator = HeroDraftSocket.open(base, path, null, spectated)) {
                Thread.sleep(4500);
                long ticks = spectated.stream().filter(m -> m.contains("\"type\":\"herodraft_tick\"")).count();
                check(!spectated.isEmpty() && spectated.get(0).contains("\"type\":\"initial_state\""), "no initial_state: " + spectated);
                check(ticks >= 3, ticks + " ticks in 4.5 s; received " + spectated.stream()
                        .map(m -> m.substring(0, Math.min(80, m.length()))).toList());
                Map<String, Double> metrics = applicationMetrics(base);
                double open = metrics.getOrDefault("pickban_sockets_open{kind=\"herodraft\",mp_scope=\"application\"}", -1.0);
                check(open >= 3, "pickban_sockets_open for herodraft is " + open + " with 3 sockets open");
                check(metrics.getOrDefault("pickban_herodraft_ticking{mp_scope=\"application\"}", -1.0) >= 1, "no ticking draft in " + metrics);
                check(metrics.getOrDefault("pickban_herodraft_ticks_per_second{mp_scope=\"application\"}", -1.0) > 0, "no ticks/s in " + metrics);
                check(metrics.getOrDefault("pickban_bus_deliveries{mp_scope=\"application\"}", -1.0) >= ticks, "too few bus deliveries in " + metrics);
                return "hero draft " + draft + " started through the API; a spectator got initial_state, then " + ticks
                        + " ticks in 4.5 s; metrics meanwhile: " + metrics.entrySet().stream()
                        .filter(e -> e.getKey().matches("pickban_(sockets_open\\{kind=.herodraft|herodraft|bus).*"))
                        .map(e -> e.getKey().replace(",mp_scope=\"application\"", "").replace("{mp_scope=\"application\"}", "")
                                + "=" + e.getValue()).sorted().toList();
            }
        }
    }

    private static String metrics(String base, List<String> names) throws Exception {
        Map<String, Double> metrics = applicationMetrics(base);
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (metrics.keySet().stream().noneMatch(key -> key.startsWith(name + "{"))) {
                missing.add(name);
            }
        }
        check(missing.isEmpty(), "missing on /metrics: " + missing + " (has " + metrics.keySet() + ")");
        return "/metrics?scope=application has " + names;
    }

    /** Prometheus text: series → value, comments left out. */
    private static Map<String, Double> applicationMetrics(String base) throws Exception {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(base + "/metrics?scope=application")));
        check(reply.statusCode() == 200, "/metrics?scope=application: " + reply.statusCode());
        Map<String, Double> series = new java.util.TreeMap<>();
        Matcher line = Pattern.compile("(?m)^([a-z_]+\\{[^}]*\\}) (\\S+)$").matcher(reply.body());
        while (line.find()) {
            series.put(line.group(1), Double.valueOf(line.group(2)));
        }
        return series;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static long number(Object value) {
        if (!(value instanceof Long n)) {
            throw new AssertionError("not a whole number: " + value);
        }
        return n;
    }

    static void check(boolean condition, String failure) {
        if (!condition) {
            throw new AssertionError(failure);
        }
    }
}
