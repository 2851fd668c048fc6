import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark (not a test) of the hero-draft clock: M drafts in {@code drafting}, W spectator sockets
 * spread evenly over them, all on one instance. Every socket records when each tick arrives. A
 * draft's ticks are due at t0 + k s (t0 = its ticker's start); t0 is estimated per draft from all its sockets'
 * arrivals modulo one second: the earliest within 100 ms before the densest 10 ms, so lateness = arrival − (t0 + k s)
 * measures how much later than the draft's best tick a socket got a tick (the constant floor of the
 * best delivery, about a millisecond here, is not included). Missed = seconds due inside the measured
 * window for which a socket got no tick (the client keeps listening a second past the window, so a late
 * tick of the last seconds counts as late, not as missed); duplicates = two ticks for one second. Also the server's CPU time and
 * RSS over the window. Run by bench/herodraft-ticks.sh.
 *
 * Arguments: base-url server-pid drafts watchers [measured-seconds] [warm-up-seconds]
 */
public class HeroDraftTicks {

    private static final int CLIENTS = 8;
    private static final long LATE_GRACE_MILLIS = 1000;
    private static final AtomicInteger SERIAL = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        long serverPid = Long.parseLong(args[1]);
        int drafts = Integer.parseInt(args[2]);
        int watchers = Integer.parseInt(args[3]);
        int measured = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 10;

        long seedStart = System.nanoTime();
        ExecutorService seeders = Executors.newFixedThreadPool(4);
        Browser staff = new Browser(base);
        staff.post("/api/tests/login-staff/", "", 200);
        List<Future<Long>> seeded = new ArrayList<>();
        for (int i = 0; i < drafts; i++) {
            seeded.add(seeders.submit(() -> arrangeDraft(base, staff)));
        }
        long[] draftIds = new long[drafts];
        for (int i = 0; i < drafts; i++) {
            draftIds[i] = seeded.get(i).get();
        }
        seeders.shutdown();
        System.out.printf("seeded %d drafting drafts in %.1f s%n", drafts, (System.nanoTime() - seedStart) / 1e9);

        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }
        Watcher[] all = new Watcher[watchers];
        long connectStart = System.nanoTime();
        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        for (int i = 0; i < watchers; i++) {
            all[i] = new Watcher(i % drafts);
            URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "/api/herodraft/" + draftIds[i % drafts] + "/");
            opening.add(clients.get(i % CLIENTS).newWebSocketBuilder().header("Origin", base.toString())
                    .connectTimeout(Duration.ofSeconds(60)).buildAsync(uri, all[i]));
            if (opening.size() % 200 == 0) {
                CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).join();
            }
        }
        CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).join();
        System.out.printf("opened %d sockets in %.1f s; warming up %d s%n", watchers, (System.nanoTime() - connectStart) / 1e9, warmUp);
        Thread.sleep(warmUp * 1000L);

        long[] cpuBefore = cpuTicks(serverPid);
        long[] clientCpuBefore = cpuTicks(ProcessHandle.current().pid());
        // arm every socket first, then open the window: a tick due inside the window must never arrive
        // at a socket not yet armed (that showed as "missed" in the window's first second); ticks due
        // before the window are left out by the analysis below
        long armed = System.nanoTime();
        for (Watcher w : all) {
            w.measureFrom(armed);
        }
        long windowStart = System.nanoTime();
        Thread.sleep(measured * 1000L);
        long windowEnd = System.nanoTime();
        long[] cpuAfter = cpuTicks(serverPid);
        long[] clientCpuAfter = cpuTicks(ProcessHandle.current().pid());
        // a tick due inside the window but late is late, not missed: keep listening a little longer
        Thread.sleep(LATE_GRACE_MILLIS);
        for (Watcher w : all) {
            w.stopAt(windowEnd + LATE_GRACE_MILLIS * 1_000_000L);
        }
        report(all, drafts, measured, windowStart, windowEnd, cpuBefore, cpuAfter, serverPid);
        String raw = System.getenv("BENCH_RAW");
        if (raw != null && !raw.isEmpty()) { // every arrival: draft, socket, ns since the window opened
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < all.length; i++) {
                for (long at : all[i].arrivals()) {
                    out.append(all[i].draft).append(' ').append(i).append(' ').append(at - windowStart).append('\n');
                }
            }
            Files.writeString(Path.of(raw), out);
        }
        double clientSeconds = ((clientCpuAfter[0] + clientCpuAfter[1]) - (clientCpuBefore[0] + clientCpuBefore[1])) / 100.0;
        System.out.printf("this client's CPU (on the same cores): %.1f s (%.0f%% of one core)%n", clientSeconds,
                100 * clientSeconds / ((windowEnd - windowStart) / 1e9));
        System.exit(0);
    }

    /** Staff creates two captains, a tournament, their teams and a game; the captains take the draft to drafting. */
    static long arrangeDraft(URI base, Browser staff) throws Exception {
        String run = ProcessHandle.current().pid() + "_" + SERIAL.incrementAndGet();
        long a = staff.post("/api/users/", "{\"username\": \"hdbench_" + run + "_a\", \"mmr\": 4000}", 201).getJsonNumber("pk").longValue();
        long b = staff.post("/api/users/", "{\"username\": \"hdbench_" + run + "_b\", \"mmr\": 3900}", 201).getJsonNumber("pk").longValue();
        long tournament = staff.post("/api/tournaments/", "{\"name\": \"HD bench " + run + "\", \"date_played\": \"2026-01-21T18:00:00Z\","
                + " \"tournament_type\": \"double_elimination\", \"user_ids\": [" + a + ", " + b + "]}", 201).getJsonNumber("pk").longValue();
        long teamA = team(staff.post("/api/tournaments/create-team-from-captain", "{\"tournament_pk\": " + tournament + ", \"user_pk\": " + a
                + ", \"draft_order\": 1}", 201), a);
        long teamB = team(staff.post("/api/tournaments/create-team-from-captain", "{\"tournament_pk\": " + tournament + ", \"user_pk\": " + b
                + ", \"draft_order\": 2}", 201), b);
        long game = staff.post("/api/games/", "{\"tournament_id\": " + tournament + ", \"radiant_team_id\": " + teamA
                + ", \"dire_team_id\": " + teamB + ", \"round\": 1}", 201).getJsonNumber("pk").longValue();
        long draft = staff.post("/api/games/" + game + "/create-herodraft/", "{}", 201).getJsonNumber("id").longValue();
        Browser captainA = new Browser(base);
        captainA.post("/api/tests/login-as/", "{\"user_pk\": " + a + "}", 200);
        Browser captainB = new Browser(base);
        captainB.post("/api/tests/login-as/", "{\"user_pk\": " + b + "}", 200);
        String path = "/api/herodraft/" + draft + "/";
        captainA.post(path + "set-ready/", "", 200);
        captainB.post(path + "set-ready/", "", 200);
        JsonObject rolled = captainA.post(path + "trigger-roll/", "", 200);
        boolean aWon = rolled.getJsonObject("roll_winner").getJsonObject("captain").getJsonNumber("pk").longValue() == a;
        Browser winner = aWon ? captainA : captainB;
        Browser loser = aWon ? captainB : captainA;
        winner.post(path + "submit-choice/", "{\"choice_type\": \"pick_order\", \"value\": \"first\"}", 200);
        // set-ready marks the captains connected; without sockets sending heartbeats the clock would pause the
        // draft at once (stale heartbeat, §9.4), so each captain's socket comes and goes while still choosing
        captainA.visit(path);
        captainB.visit(path);
        for (int i = 0; staff.get(path).getJsonArray("draft_teams").getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getBoolean("is_connected")); i++) {
            if (i > 200) {
                throw new IllegalStateException("captains of draft " + draft + " still connected");
            }
            Thread.sleep(50);
        }
        String state = loser.post(path + "submit-choice/", "{\"choice_type\": \"side\", \"value\": \"radiant\"}", 200).getString("state");
        if (!"drafting".equals(state)) {
            throw new IllegalStateException("draft " + draft + " is " + state);
        }
        return draft;
    }

    static long team(JsonObject tournament, long captain) {
        return tournament.getJsonArray("teams").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.get("captain") instanceof JsonObject c && c.getJsonNumber("pk").longValue() == captain)
                .findFirst().orElseThrow().getJsonNumber("pk").longValue();
    }

    static void report(Watcher[] all, int drafts, int seconds, long windowStart, long windowEnd, long[] cpuBefore, long[] cpuAfter, long pid)
            throws Exception {
        // t0 per draft: where its ticks begin within the second. Taken modulo one second, a draft's arrivals crowd
        // around its schedule (sent at t0 + k s, delivered a little later); t0 is the earliest arrival within
        // 100 ms before the densest 10 ms of them. (Taking the earliest arrival around one reference arrival, or
        // the start after the widest empty stretch of the circle, let a few ticks delayed by a stall of more
        // than half a second drag the whole draft's schedule: all its other ticks then showed hundreds of ms
        // late, with missed and duplicate ticks in pairs.)
        final long second = 1_000_000_000L;
        final long densest = 10_000_000L;
        final long before = 100_000_000L;
        long[] phase = new long[drafts];
        Arrays.fill(phase, Long.MAX_VALUE);
        List<List<Long>> phases = new ArrayList<>();
        for (int d = 0; d < drafts; d++) {
            phases.add(new ArrayList<>());
        }
        for (Watcher w : all) {
            for (long at : w.arrivals()) {
                phases.get(w.draft).add(Math.floorMod(at - windowStart, second));
            }
        }
        for (int d = 0; d < drafts; d++) {
            List<Long> within = phases.get(d);
            if (within.isEmpty()) {
                continue;
            }
            within.sort(null);
            int n = within.size();
            int most = 0;
            long crowd = within.get(0);
            for (int i = 0, j = 0; i < n; i++) { // j: first arrival at or past within[i] + 10 ms, around the circle
                while (j < i + n && (j < n ? within.get(j) : within.get(j - n) + second) < within.get(i) + densest) {
                    j++;
                }
                if (j - i > most) {
                    most = j - i;
                    crowd = within.get(i);
                }
            }
            long earliest = 0;
            for (long at : within) {
                long ahead = Math.floorMod(crowd - at, second);
                earliest = Math.max(earliest, ahead <= before ? ahead : 0);
            }
            phase[d] = Math.floorMod(crowd - earliest, second);
        }
        List<Long> lateness = new ArrayList<>();
        long missed = 0;
        long duplicates = 0;
        long expected = 0;
        java.util.Map<String, Integer> missedAt = new java.util.TreeMap<>();
        for (Watcher w : all) {
            if (phase[w.draft] == Long.MAX_VALUE) {
                missed += seconds;
                expected += seconds;
                continue;
            }
            boolean[] seen = new boolean[seconds + 3];
            long firstDue = windowStart + phase[w.draft];
            for (long at : w.arrivals()) {
                long sinceFirstDue = at - windowStart - phase[w.draft];
                int k = (int) Math.floorDiv(sinceFirstDue, second);
                long due = firstDue + k * second;
                if (due < windowStart || due >= windowEnd || k < 0 || k >= seen.length) {
                    continue; // due outside the window: heard while listening before or after it
                }
                if (seen[k]) {
                    duplicates++;
                }
                seen[k] = true;
                lateness.add(Math.floorMod(sinceFirstDue, second));
            }
            // seconds whose due time lies inside the window
            for (int k = firstDue < windowStart ? 1 : 0; firstDue + k * second < windowEnd; k++) {
                expected++;
                if (!seen[k]) {
                    missed++;
                    missedAt.merge("draft " + w.draft + " second " + k, 1, Integer::sum);
                }
            }
        }
        lateness.sort(null);
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        long closeGaps = 0;
        for (Watcher w : all) {
            long[] at = w.arrivals();
            fewest = Math.min(fewest, at.length);
            most = Math.max(most, at.length);
            for (int i = 1; i < at.length; i++) {
                if (at[i] - at[i - 1] < 300_000_000L) {
                    closeGaps++;
                }
            }
        }
        System.out.printf("ticks per socket: %d to %d; gaps under 300 ms between a socket's ticks: %d%n", fewest, most, closeGaps);
        double ticksPerSecond = lateness.size() / ((windowEnd - windowStart) / 1e9);
        double hz = 100.0; // USER_HZ
        double cpuSeconds = ((cpuAfter[0] + cpuAfter[1]) - (cpuBefore[0] + cpuBefore[1])) / hz;
        System.out.printf("%d sockets on %d drafts, %d s measured: %d ticks received (%.0f/s), %d expected%n",
                all.length, drafts, seconds, lateness.size(), ticksPerSecond, expected);
        System.out.printf("tick lateness vs the draft's schedule: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                pct(lateness, 0.50), pct(lateness, 0.99), lateness.isEmpty() ? 0 : lateness.get(lateness.size() - 1) / 1e6);
        System.out.printf("missed ticks: %d, duplicate ticks: %d%n", missed, duplicates);
        if (!missedAt.isEmpty()) { // which draft missed which second of the window, on how many sockets
            System.out.println("  missed at: " + missedAt.entrySet().stream().limit(20).map(e -> e.getKey() + " x" + e.getValue()).toList());
        }
        System.out.printf("server CPU: %.1f s in %.1f s (%.0f%% of one core); RSS %s%n", cpuSeconds,
                (windowEnd - windowStart) / 1e9, 100 * cpuSeconds / ((windowEnd - windowStart) / 1e9), rss(pid));
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    /** utime and stime of the process (the JVM, which the launcher script execs). */
    static long[] cpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])};
    }

    /**
     * VmRSS, and the proportional set size: ZGC on Java 17 maps its heap three times, which VmRSS
     * counts three times and PSS once.
     */
    static String rss(long pid) throws Exception {
        return field(Path.of("/proc/" + pid + "/status"), "VmRSS:") + " (PSS " + field(Path.of("/proc/" + pid + "/smaps_rollup"), "Pss:") + ")";
    }

    static String field(Path file, String name) throws Exception {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith(name))
                .map(l -> l.substring(name.length()).trim().replaceAll("\\s+", " ")).findFirst().orElse("?");
    }

    /** One spectator socket: the arrival times of ticks inside the measured window. */
    static final class Watcher implements WebSocket.Listener {
        final int draft;
        private final StringBuilder partial = new StringBuilder();
        private long[] times = new long[64];
        private int count;
        private volatile long from = Long.MAX_VALUE;
        private volatile long until = Long.MAX_VALUE;

        Watcher(int draft) {
            this.draft = draft;
        }

        void measureFrom(long start) {
            from = start;
        }

        void stopAt(long end) {
            until = end;
        }

        synchronized long[] arrivals() {
            return Arrays.copyOf(times, count);
        }

        @Override
        public void onOpen(WebSocket socket) {
            socket.request(Long.MAX_VALUE); // no per-message demand signal: the client should cost the shared cores little
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            if (!last || partial.length() > 0) {
                partial.append(data);
            }
            if (last) {
                CharSequence message = partial.length() > 0 ? partial : data;
                if (now >= from && now < until && message.toString().contains("\"type\":\"herodraft_tick\"")) {
                    synchronized (this) {
                        if (count == times.length) {
                            times = Arrays.copyOf(times, count * 2);
                        }
                        times[count++] = now;
                    }
                }
                partial.setLength(0);
            }
            return null;
        }
    }

    /** A browser session: cookies plus the CSRF header. */
    static final class Browser {
        final URI base;
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient http;

        Browser(URI base) {
            this.base = base;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
        }

        JsonObject get(String path) throws Exception {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Json.createReader(new StringReader(reply.body())).readObject();
        }

        /** Opens this user's socket of the draft, waits for its first message and leaves. */
        void visit(String path) throws Exception {
            String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("sessionid"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
            CompletableFuture<Void> first = new CompletableFuture<>();
            WebSocket socket = http.newWebSocketBuilder().header("Origin", base.toString()).header("Cookie", "sessionid=" + session)
                    .buildAsync(URI.create(base.toString().replaceFirst("^http", "ws") + path), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            if (last) {
                                first.complete(null);
                            }
                            ws.request(1);
                            return null;
                        }
                    }).get();
            first.get();
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get();
        }

        JsonObject post(String path, String body, int expected) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Origin", base.toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("csrftoken")).map(HttpCookie::getValue)
                    .findFirst().ifPresent(token -> request.header("X-CSRFToken", token));
            HttpResponse<String> reply = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != expected) {
                throw new IllegalStateException(path + " answered " + reply.statusCode() + ": " + reply.body());
            }
            return reply.body().isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : Json.createReader(new StringReader(reply.body())).readObject();
        }
    }
}
