import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (not a test) of the draft sockets' fan-out: D drafts with S spectators each; every
 * measured event is a pick or an undo on round 13 of a snake draft of 4 teams and 16 players (rounds
 * 1–12 picked beforehand, so messages have a mid-draft size). Latency of one delivery = the moment
 * the spectator has the whole message minus the moment the server published it right after the
 * commit (the FINE line of DraftBroadcast in the server log). For comparison also from the event's
 * created_at (stamped inside the transaction, before the response is rendered and the commit) and
 * from the moment the request was sent. All clocks are this machine's wall clock. Run by
 * bench/spectators.sh.
 *
 * Arguments: base-url server-log drafts spectators-per-draft measured-events [warm-up-events]
 */
public class DraftSpectators {

    private static final int CLIENTS = 8;

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path serverLog = Path.of(args[1]);
        int drafts = Integer.parseInt(args[2]);
        int spectators = Integer.parseInt(args[3]);
        int events = Integer.parseInt(args[4]);
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 10;

        Staff staff = new Staff(base);
        List<Board> boards = new ArrayList<>();
        for (int d = 0; d < drafts; d++) {
            boards.add(Board.arrange(staff));
        }
        List<HttpClient> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2)).build());
        }
        long connecting = System.nanoTime();
        List<CompletableFuture<WebSocket>> sockets = new ArrayList<>();
        for (Board board : boards) {
            for (int s = 0; s < spectators; s++) {
                Spectator spectator = new Spectator(board);
                URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "/api/draft/" + board.draft + "/");
                sockets.add(clients.get(sockets.size() % CLIENTS).newWebSocketBuilder().header("Origin", base.toString())
                        .connectTimeout(Duration.ofSeconds(30)).buildAsync(uri, spectator));
                if (sockets.size() % 100 == 0) {
                    CompletableFuture.allOf(sockets.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
                }
            }
        }
        CompletableFuture.allOf(sockets.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        for (Board board : boards) {
            board.awaitAll(spectators, Duration.ofSeconds(120));
        }
        System.out.printf("%d sockets open and replayed in %d ms%n", sockets.size(), (System.nanoTime() - connecting) / 1_000_000);

        ExecutorService actors = Executors.newFixedThreadPool(Math.min(drafts, 50));
        List<Long> createdToLast = new ArrayList<>();
        List<Long> requestToLast = new ArrayList<>();
        List<long[]> measured = new ArrayList<>();
        for (int e = 0; e < warmUp + events; e++) {
            boolean pickNow = e % 2 == 0;
            List<Future<long[]>> rounds = new ArrayList<>();
            for (Board board : boards) {
                rounds.add(actors.submit(() -> board.act(staff, pickNow, spectators)));
            }
            for (Future<long[]> round : rounds) {
                long[] micros = round.get(120, TimeUnit.SECONDS);
                if (e >= warmUp) {
                    createdToLast.add(micros[0]);
                    requestToLast.add(micros[1]);
                    measured.add(new long[] {micros[2], micros[3]});
                }
            }
        }
        actors.shutdown();
        Map<Long, Long> published = publishedAt(serverLog);
        List<Long> commitToLast = new ArrayList<>();
        for (long[] event : measured) {
            commitToLast.add(event[1] - published.get(event[0]));
        }
        List<Long> commitToEach = new ArrayList<>();
        Map<Long, Long> firstArrival = new HashMap<>();
        boards.forEach(board -> board.measuredArrivals(warmUp).forEach(a -> {
            commitToEach.add(a[1] - published.get(a[0]));
            firstArrival.merge(a[0], a[1], Math::min);
        }));
        List<Long> commitToFirst = firstArrival.entrySet().stream().map(e -> e.getValue() - published.get(e.getKey())).toList();

        System.out.printf("%d draft(s) x %d spectators, %d measured events per draft (%d warm-up), message ~%d KiB%n",
                drafts, spectators, events, warmUp, boards.get(0).messageBytes / 1024);
        report("commit (published) -> last spectator", commitToLast);
        report("commit (published) -> each spectator", commitToEach);
        report("commit (published) -> first spectator", commitToFirst);
        report("event created (before commit) -> last spectator", createdToLast);
        report("pick/undo request sent -> last spectator", requestToLast);
        System.exit(0);
    }

    /** When the server published each event, from DraftBroadcast's FINE lines. */
    static Map<Long, Long> publishedAt(Path serverLog) throws Exception {
        Pattern line = Pattern.compile("publishing draft events \\[([0-9, ]+)\\] committed at (\\S+)");
        Map<Long, Long> published = new HashMap<>();
        for (String text : Files.readAllLines(serverLog)) {
            Matcher matcher = line.matcher(text);
            if (matcher.find()) {
                long at = micros(Instant.parse(matcher.group(2)));
                for (String pk : matcher.group(1).split(",\\s*")) {
                    published.put(Long.parseLong(pk.trim()), at);
                }
            }
        }
        return published;
    }

    static void report(String what, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("  %-50s n=%-7d p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms%n", what, sorted.size(),
                percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
    }

    static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** A staff browser: session cookie plus CSRF header. */
    static final class Staff {
        final URI base;
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient http;

        Staff(URI base) throws Exception {
            this.base = base;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
            post("/api/tests/login-staff/", "", 200);
        }

        JsonObject post(String path, String body, int expected) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("csrftoken")).map(HttpCookie::getValue)
                    .findFirst().ifPresent(token -> request.header("X-CSRFToken", token));
            HttpResponse<String> reply = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != expected) {
                throw new IllegalStateException(path + " answered " + reply.statusCode() + ": " + reply.body());
            }
            return reply.body().isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : Json.createReader(new StringReader(reply.body())).readObject();
        }
    }

    /** One tournament with its snake draft, rounds 1–12 picked; round 13 is picked and undone in turn. */
    static final class Board {
        static final AtomicInteger SERIAL = new AtomicInteger();
        final long draft;
        final long round13;
        final long player;
        final AtomicInteger received = new AtomicInteger();
        final Map<Long, Long> createdAt = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<long[]> arrivals = new ConcurrentLinkedQueue<>();
        final List<Long> measuredEvents = Collections.synchronizedList(new ArrayList<>());
        volatile CountDownLatch pending = new CountDownLatch(0);
        volatile int messageBytes;
        int acted;

        private Board(long draft, long round13, long player) {
            this.draft = draft;
            this.round13 = round13;
            this.player = player;
        }

        static Board arrange(Staff staff) throws Exception {
            String run = ProcessHandle.current().pid() + "_" + SERIAL.incrementAndGet();
            List<Long> users = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int mmr = i < 4 ? 5000 - 200 * i : 3100 - 100 * (i - 3);
                users.add(staff.post("/api/users/", "{\"username\": \"bench_" + run + "_" + i + "\", \"mmr\": " + mmr + "}", 201)
                        .getJsonNumber("pk").longValue());
            }
            long tournament = staff.post("/api/tournaments/", "{\"name\": \"Bench " + run + "\", \"date_played\": \"2026-01-21T18:00:00Z\","
                    + " \"tournament_type\": \"double_elimination\", \"user_ids\": " + users + "}", 201).getJsonNumber("pk").longValue();
            for (int i = 0; i < 4; i++) {
                staff.post("/api/tournaments/create-team-from-captain", "{\"tournament_pk\": " + tournament + ", \"user_pk\": "
                        + users.get(i) + ", \"draft_order\": " + (i + 1) + "}", 201);
            }
            JsonObject draft = staff.post("/api/tournaments/init-draft", "{\"tournament_pk\": " + tournament + "}", 201).getJsonObject("draft");
            List<Long> rounds = draft.getJsonArray("draft_rounds").getValuesAs(JsonObject.class).stream()
                    .map(r -> r.getJsonNumber("pk").longValue()).toList();
            for (int r = 0; r < 12; r++) {
                staff.post("/api/tournaments/pick_player", "{\"draft_round_pk\": " + rounds.get(r) + ", \"user_pk\": "
                        + users.get(4 + r) + "}", 201);
            }
            return new Board(draft.getJsonNumber("pk").longValue(), rounds.get(12), users.get(16));
        }

        /** @return micros from the event's creation and from the request to the last spectator; the event's pk; when the last got it */
        long[] act(Staff staff, boolean pick, int spectators) throws Exception {
            pending = new CountDownLatch(spectators);
            long sent = micros(Instant.now());
            JsonObject ignored = pick
                    ? staff.post("/api/tournaments/pick_player", "{\"draft_round_pk\": " + round13 + ", \"user_pk\": " + player + "}", 201)
                    : staff.post("/api/tournaments/undo-pick", "{\"draft_pk\": " + draft + "}", 200);
            if (!pending.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("draft " + draft + ": only " + (spectators - pending.getCount()) + " got the event");
            }
            long eventPk = lastEventPk;
            measuredEvents.add(eventPk);
            long last = arrivals.stream().filter(a -> a[0] == eventPk).mapToLong(a -> a[1]).max().orElseThrow();
            return new long[] {last - createdAt.get(eventPk), last - sent, eventPk, last};
        }

        volatile long lastEventPk;

        void arrived(String message, int length, long at) {
            if (message.startsWith("{\"type\":\"initial_events\"")) {
                received.incrementAndGet();
                return;
            }
            JsonObject event = eventOf(message);
            long eventPk = event.getJsonNumber("pk").longValue();
            createdAt.computeIfAbsent(eventPk, pk -> micros(Instant.parse(event.getString("created_at"))));
            messageBytes = length;
            lastEventPk = eventPk;
            arrivals.add(new long[] {eventPk, at});
            pending.countDown();
        }

        /** Reads only the {@code event} member, which comes first; the draft state after it is never reached. */
        static JsonObject eventOf(String message) {
            try (JsonParser parser = Json.createParser(new StringReader(message))) {
                parser.next();
                while (parser.hasNext()) {
                    if (parser.next() != JsonParser.Event.KEY_NAME) {
                        continue;
                    }
                    boolean wanted = parser.getString().equals("event");
                    JsonParser.Event value = parser.next();
                    if (wanted) {
                        return parser.getObject();
                    }
                    if (value == JsonParser.Event.START_OBJECT) {
                        parser.skipObject();
                    } else if (value == JsonParser.Event.START_ARRAY) {
                        parser.skipArray();
                    }
                }
            }
            throw new IllegalStateException("no event in " + message.substring(0, Math.min(200, message.length())));
        }

        void awaitAll(int spectators, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (received.get() < spectators && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (received.get() < spectators) {
                throw new IllegalStateException("only " + received.get() + " spectators replayed");
            }
        }

        List<long[]> measuredArrivals(int warmUp) {
            List<Long> measured = measuredEvents.subList(warmUp, measuredEvents.size());
            return arrivals.stream().filter(a -> measured.contains(a[0])).toList();
        }
    }

    /**
     * One spectator socket: stamps each whole message the moment its last fragment is in. Only the
     * head of a message is kept (the event comes before the draft state), to spend little of the
     * machine on the client side.
     */
    static final class Spectator implements WebSocket.Listener {
        static final int HEAD = 8192;
        final Board board;
        final StringBuilder head = new StringBuilder();
        int length;

        Spectator(Board board) {
            this.board = board;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            if (head.length() < HEAD) {
                head.append(data, 0, Math.min(data.length(), HEAD - head.length()));
            }
            length += data.length();
            if (last) {
                long at = micros(Instant.now());
                board.arrived(head.toString(), length, at);
                head.setLength(0);
                length = 0;
            }
            socket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            System.err.println("socket error: " + error);
        }
    }
}
