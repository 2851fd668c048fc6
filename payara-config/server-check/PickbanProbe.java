import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletionStage;
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

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
        Session staff = new Session(base);
        staff.expect(staff.post("/api/tests/login-staff/", null, base), 200);
        staff.save(jar);
        return "logged in as staff, session " + staff.cookies.getProperty("sessionid").substring(0, 6) + "...";
    }

    private static String readWrite(String base, Path jar, String name, String origin) throws Exception {
        Session staff = Session.load(base, jar);
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
        Session staff = Session.load(base, jar);
        HttpResponse<String> reply = staff.post("/api/organizations/", "{\"name\": \"refused\"}", origin);
        staff.expect(reply, 403);
        return "a write from " + origin + " is refused: " + reply.body();
    }

    /**
     * Both captains connect (a captain without a socket and heartbeats gets the draft paused, §9.4), ready up,
     * roll and choose; then a spectator's socket must get ticks, and /metrics must show the socket and the ticking.
     */
    private static String heroDraft(String base, long captainA, long captainB, long game) throws Exception {
        Session a = Session.loginAs(base, captainA);
        Session b = Session.loginAs(base, captainB);
        HttpResponse<String> created = a.post("/api/games/" + game + "/create-herodraft/", "{}", base);
        check(created.statusCode() == 201 || created.statusCode() == 200, "create-herodraft: " + created.statusCode() + " " + created.body());
        long draft = number(Json.at(Json.parse(created.body()), "id"));
        String path = "/api/herodraft/" + draft + "/";
        List<String> spectated = new CopyOnWriteArrayList<>();
        try (Socket captainSocketA = Socket.open(base, path, a, new CopyOnWriteArrayList<>());
                Socket captainSocketB = Socket.open(base, path, b, new CopyOnWriteArrayList<>())) {
            a.expect(a.post(path + "set-ready/", null, base), 200);
            b.expect(b.post(path + "set-ready/", null, base), 200);
            HttpResponse<String> rolled = b.post(path + "trigger-roll/", null, base);
            b.expect(rolled, 200);
            long winner = number(Json.at(Json.parse(rolled.body()), "roll_winner", "captain", "pk"));
            Session first = winner == captainA ? a : b;
            Session second = winner == captainA ? b : a;
            first.expect(first.post(path + "submit-choice/", "{\"choice_type\": \"pick_order\", \"value\": \"first\"}", base), 200);
            HttpResponse<String> chosen = second.post(path + "submit-choice/", "{\"choice_type\": \"side\", \"value\": \"radiant\"}", base);
            second.expect(chosen, 200);
            check("drafting".equals(Json.at(Json.parse(chosen.body()), "state")), "not drafting: " + chosen.body());
            try (Socket spectator = Socket.open(base, path, null, spectated)) {
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

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
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

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new AssertionError(failure);
        }
    }

    /** One browser: its cookies, sent back with every request, and the CSRF header on unsafe ones. */
    private static final class Session {

        private final String base;
        private final Properties cookies = new Properties();

        Session(String base) {
            this.base = base;
        }

        static Session load(String base, Path jar) throws IOException {
            Session session = new Session(base);
            try (var in = Files.newBufferedReader(jar)) {
                session.cookies.load(in);
            }
            return session;
        }

        static Session loginAs(String base, long user) throws IOException {
            Session session = new Session(base);
            session.expect(session.post("/api/tests/login-as/", "{\"user_pk\": " + user + "}", base), 200);
            return session;
        }

        void save(Path jar) throws IOException {
            try (var out = Files.newBufferedWriter(jar)) {
                cookies.store(out, "server-check session");
            }
        }

        HttpResponse<String> get(String path) throws IOException {
            return keep(send(request(path).GET()));
        }

        HttpResponse<String> post(String path, String json, String origin) throws IOException {
            HttpRequest.Builder request = request(path).header("Origin", origin).header("Content-Type", "application/json")
                    .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (cookies.containsKey("csrftoken")) {
                request.header("X-CSRFToken", cookies.getProperty("csrftoken"));
            }
            return keep(send(request));
        }

        void expect(HttpResponse<String> reply, int status) {
            check(reply.statusCode() == status, reply.request().method() + " " + reply.uri().getPath() + ": expected " + status
                    + ", got " + reply.statusCode() + " " + reply.body());
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
                request.header("Cookie", header.toString());
            }
            return request;
        }

        private HttpResponse<String> keep(HttpResponse<String> reply) {
            for (String setCookie : reply.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.setProperty(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            return reply;
        }
    }

    /** A hero-draft socket that collects whole text messages; a captain's (with a session) sends a heartbeat every second. */
    private static final class Socket implements WebSocket.Listener, AutoCloseable {

        private final List<String> messages;
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;
        private Thread heartbeats;

        private Socket(List<String> messages) {
            this.messages = messages;
        }

        static Socket open(String base, String path, Session captain, List<String> messages) throws Exception {
            Socket socket = new Socket(messages);
            WebSocket.Builder builder = HTTP.newWebSocketBuilder().header("Origin", base).connectTimeout(Duration.ofSeconds(10));
            if (captain != null) {
                builder.header("Cookie", "sessionid=" + captain.cookies.getProperty("sessionid"));
            }
            socket.socket = builder.buildAsync(URI.create(base.replace("http", "ws") + path), socket).get(30, TimeUnit.SECONDS);
            if (captain != null) {
                socket.heartbeats = new Thread(socket::beat, "heartbeats");
                socket.heartbeats.setDaemon(true);
                socket.heartbeats.start();
            }
            return socket;
        }

        private void beat() {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    socket.sendText("{\"type\": \"heartbeat\"}", true).get(10, TimeUnit.SECONDS);
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // the socket is gone; the check sees that in what it receives
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() throws Exception {
            if (heartbeats != null) {
                heartbeats.interrupt();
                heartbeats.join(5000);
            }
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
        }
    }
}
