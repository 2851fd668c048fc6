import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Benchmark (not a test) of the draft sockets' fan-out: D drafts with S spectators each. Every measured
 * event is a pick or an undo: {@code mid} messages (~35 KiB) come from round 13 of a snake draft of 4
 * teams and 16 players (rounds 1–12 picked beforehand), {@code small} ones (~1 KiB) from round 1 of a
 * draft of 2 teams and 2 players. Latency of one delivery = the moment a spectator has read the last
 * byte of the message minus the moment the server published it right after the commit (the FINE line
 * of DraftBroadcast in the server log); all clocks are this machine's wall clock.
 *
 * <p>The spectators are raw sockets on two selector threads, so the client costs the shared cores
 * little: they offer permessage-deflate as browsers do ({@code permessage-deflate;
 * client_max_window_bits}, and accept {@code server_no_context_takeover}) unless told {@code plain}, read
 * frame headers and skip the payloads, counting frames and bytes; one socket per draft keeps its copy,
 * inflates it with its connection's inflater (as a browser does) and parses the whole JSON, which
 * must be the {@code draft_event} of the event just made; every other copy must have the same length.
 * The floor is the server's own time to write an event's message to every socket (the FINE line of
 * the fan-out: from the hand-over to the outboxes to the last write completed). Run by
 * bench/spectators.sh.
 *
 * <p>Arguments: base-url server-log server-pid drafts spectators-per-draft measured-events warm-up-events
 * [deflate|plain] [mid|small]
 */
public class DraftSpectators {

    private static final int READERS = 2;
    private static final int CONNECTORS = 8;
    private static final String OFFER = "permessage-deflate; client_max_window_bits";
    static final long CLOCK_OFFSET_MICROS = micros(Instant.now()) - System.nanoTime() / 1000;
    static final AtomicLong FRAMES = new AtomicLong();
    static final AtomicLong WIRE_BYTES = new AtomicLong();
    static final AtomicInteger LENGTH_MISMATCHES = new AtomicInteger();
    static final AtomicInteger MULTI_FRAME_MESSAGES = new AtomicInteger();
    static final AtomicInteger REOPENED = new AtomicInteger();
    /** Reopens a socket the server closed before its replay (the frontend reconnects too); set once the readers run. */
    static volatile java.util.function.Consumer<Spectator> reopen;

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path serverLog = Path.of(args[1]);
        long serverPid = Long.parseLong(args[2]);
        int drafts = Integer.parseInt(args[3]);
        int spectators = Integer.parseInt(args[4]);
        int events = Integer.parseInt(args[5]);
        int warmUp = Integer.parseInt(args[6]);
        boolean deflate = args.length <= 7 || !args[7].equals("plain");
        boolean small = args.length > 8 && args[8].equals("small");

        Staff staff = new Staff(base);
        List<Board> boards = new ArrayList<>();
        for (int d = 0; d < drafts; d++) {
            boards.add(small ? Board.arrangeSmall(staff, spectators, warmUp + events) : Board.arrangeMid(staff, spectators, warmUp + events));
        }
        List<Reader> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            Reader reader = new Reader();
            readers.add(reader);
            Thread thread = new Thread(reader, "reader-" + r);
            thread.setDaemon(true);
            thread.start();
        }
        long connecting = System.nanoTime();
        ExecutorService connectors = Executors.newFixedThreadPool(CONNECTORS);
        List<Future<?>> opened = new ArrayList<>();
        AtomicInteger serial = new AtomicInteger();
        reopen = closed -> connectors.execute(() -> {
            try {
                readers.get(serial.getAndIncrement() % READERS).add(Spectator.connect(base, closed.board, closed.index, deflate));
            } catch (IOException e) {
                e.printStackTrace();
                System.exit(2);
            }
        });
        for (Board board : boards) {
            for (int s = 0; s < spectators; s++) {
                int index = s;
                opened.add(connectors.submit(() -> {
                    Spectator spectator = Spectator.connect(base, board, index, deflate);
                    readers.get(serial.getAndIncrement() % READERS).add(spectator);
                    return null;
                }));
            }
        }
        for (Future<?> open : opened) {
            open.get(120, TimeUnit.SECONDS);
        }
        for (Board board : boards) {
            board.awaitReplays(Duration.ofSeconds(300));
        }
        reopen = null;
        connectors.shutdown();
        System.out.printf("%d sockets open (%s) and replayed in %d ms (%d closed by the server before their replay and reopened)%n",
                drafts * spectators, deflate ? "permessage-deflate negotiated" : "no extension", (System.nanoTime() - connecting) / 1_000_000,
                REOPENED.get());

        ExecutorService actors = Executors.newFixedThreadPool(Math.min(drafts, 50));
        long[] clientCpuBefore = null;
        long[] serverCpuBefore = null;
        long framesBefore = 0;
        long bytesBefore = 0;
        long measuring = 0;
        for (int e = 0; e < warmUp + events; e++) {
            if (e == warmUp) {
                clientCpuBefore = cpuTicks(ProcessHandle.current().pid());
                serverCpuBefore = cpuTicks(serverPid);
                framesBefore = FRAMES.get();
                bytesBefore = WIRE_BYTES.get();
                measuring = System.nanoTime();
            }
            boolean pickNow = e % 2 == 0;
            int event = e;
            List<Future<?>> rounds = new ArrayList<>();
            for (Board board : boards) {
                rounds.add(actors.submit(() -> {
                    board.act(staff, pickNow, event);
                    return null;
                }));
            }
            for (Future<?> round : rounds) {
                round.get(120, TimeUnit.SECONDS);
            }
        }
        double seconds = (System.nanoTime() - measuring) / 1e9;
        long[] clientCpuAfter = cpuTicks(ProcessHandle.current().pid());
        long[] serverCpuAfter = cpuTicks(serverPid);
        long frames = FRAMES.get() - framesBefore;
        long bytes = WIRE_BYTES.get() - bytesBefore;
        actors.shutdown();
        // the server log is written in the background: wait until it has the lines of every measured event
        Map<Long, Long> published = Map.of();
        Map<Long, long[]> fanOuts = Map.of();
        for (int i = 0; i < 100; i++) {
            published = logTimes(serverLog, PUBLISHED);
            fanOuts = fanOuts(serverLog);
            Map<Long, Long> publishedNow = published;
            Map<Long, long[]> fanOutsNow = fanOuts;
            if (boards.stream().allMatch(b -> b.measuredEvents(warmUp).stream().allMatch(pk -> publishedNow.containsKey(pk)
                    && fanOutsNow.containsKey(pk)))) {
                break;
            }
            Thread.sleep(100);
        }
        List<Long> commitToLast = new ArrayList<>();
        List<Long> commitToFirst = new ArrayList<>();
        List<Long> commitToEach = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        List<Long> commitToFanOut = new ArrayList<>();
        List<Long> createdToLast = new ArrayList<>();
        List<Long> requestToLast = new ArrayList<>();
        int messageBytes = 0;
        int wireBytes = 0;
        for (Board board : boards) {
            for (int e = warmUp; e < warmUp + events; e++) {
                long pk = board.eventPks[e];
                long at = published.get(pk);
                long[] times = board.arrivals[e];
                long first = Long.MAX_VALUE;
                long last = Long.MIN_VALUE;
                for (long t : times) {
                    commitToEach.add(t - at);
                    first = Math.min(first, t);
                    last = Math.max(last, t);
                }
                commitToLast.add(last - at);
                commitToFirst.add(first - at);
                createdToLast.add(last - board.createdAt[e]);
                requestToLast.add(last - board.requestedAt[e]);
                long[] fanOut = fanOuts.get(pk);
                if (fanOut != null) {
                    commitToFanOut.add(fanOut[0] - at);
                    floor.add(fanOut[1]);
                }
                messageBytes = board.messageBytes[e];
                wireBytes = board.wireBytes[e];
            }
        }

        System.out.printf("%d draft(s) x %d spectators, %d measured events per draft (%d warm-up), %s messages: %,d bytes of JSON, %,d on"
                + " the wire%n", drafts, spectators, events, warmUp, small ? "small" : "mid-draft", messageBytes, wireBytes);
        report("commit (published) -> last spectator", commitToLast);
        report("commit (published) -> each spectator", commitToEach);
        report("commit (published) -> first spectator", commitToFirst);
        if (!floor.isEmpty()) {
            report("floor: server writes to every socket", floor);
            report("commit (published) -> fan-out starts", commitToFanOut);
            System.out.printf("  p99 commit -> last / p99 floor = %.2f%n", (double) p99(commitToLast) / p99(floor));
        } else {
            System.out.println("  (no fan-out lines in the server log: no floor)");
        }
        report("event created (before commit) -> last spectator", createdToLast);
        report("pick/undo request sent -> last spectator", requestToLast);
        System.out.printf("measured: %,d frames, %,d payload bytes (%.1f MB/s); %d copies of another length, %d messages in more than one"
                + " frame%n", frames, bytes, bytes / seconds / 1e6, LENGTH_MISMATCHES.get(), MULTI_FRAME_MESSAGES.get());
        System.out.printf("CPU over the %.1f s measured: server %.1f s (%.0f%% of a core), this client %.1f s (%.0f%% of a core)%n", seconds,
                cpuSeconds(serverCpuBefore, serverCpuAfter), 100 * cpuSeconds(serverCpuBefore, serverCpuAfter) / seconds,
                cpuSeconds(clientCpuBefore, clientCpuAfter), 100 * cpuSeconds(clientCpuBefore, clientCpuAfter) / seconds);
        System.exit(LENGTH_MISMATCHES.get() == 0 ? 0 : 1);
    }

    static final Pattern PUBLISHED = Pattern.compile("publishing draft events \\[([0-9, ]+)\\] committed at (\\S+)");
    static final Pattern FAN_OUT = Pattern.compile("fan-out of draft event (\\d+): handed to (\\d+) sockets at (\\S+), all written (\\d+) us later");

    /** When the server published each event, from DraftBroadcast's FINE lines. */
    static Map<Long, Long> logTimes(Path serverLog, Pattern line) throws IOException {
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

    /**
     * Per event, when the fan-out started and how long until every socket's write completed, summed over the
     * groups it went to (a draft event goes to the draft's and the tournament's group; only the first has sockets here).
     */
    static Map<Long, long[]> fanOuts(Path serverLog) throws IOException {
        Map<Long, long[]> fanOuts = new HashMap<>();
        for (String text : Files.readAllLines(serverLog)) {
            Matcher matcher = FAN_OUT.matcher(text);
            if (matcher.find()) {
                fanOuts.put(Long.parseLong(matcher.group(1)), new long[] {micros(Instant.parse(matcher.group(3))), Long.parseLong(matcher.group(4))});
            }
        }
        return fanOuts;
    }

    static double cpuSeconds(long[] before, long[] after) {
        return ((after[0] + after[1]) - (before[0] + before[1])) / 100.0;
    }

    /** utime and stime of a process in clock ticks (USER_HZ = 100). */
    static long[] cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])};
    }

    static void report(String what, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("  %-50s n=%-7d p50 %8.2f ms   p99 %8.2f ms   max %8.2f ms%n", what, sorted.size(),
                percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
    }

    static long p99(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return percentile(sorted, 0.99);
    }

    static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static long nowMicros() {
        return System.nanoTime() / 1000 + CLOCK_OFFSET_MICROS;
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

    /** One tournament with its draft; one round is picked and undone in turn, and every spectator's copy of each event is timed. */
    static final class Board {
        static final AtomicInteger SERIAL = new AtomicInteger();
        final long draft;
        final long round;
        final long player;
        final int spectators;
        final AtomicInteger replayed = new AtomicInteger();
        final long[][] arrivals;
        final long[] eventPks;
        final long[] createdAt;
        final long[] requestedAt;
        final int[] messageBytes;
        final int[] wireBytes;
        /** Each event's length on the wire, as the first copy in had it: every other copy must match. */
        final AtomicIntegerArray wireLengths;
        volatile CountDownLatch pending = new CountDownLatch(0);

        private Board(long draft, long round, long player, int spectators, int events) {
            this.draft = draft;
            this.round = round;
            this.player = player;
            this.spectators = spectators;
            this.arrivals = new long[events][spectators];
            this.eventPks = new long[events];
            this.createdAt = new long[events];
            this.requestedAt = new long[events];
            this.messageBytes = new int[events];
            this.wireBytes = new int[events];
            this.wireLengths = new AtomicIntegerArray(events);
        }

        /** ~35 KiB messages: 4 teams, 16 players, rounds 1–12 picked; round 13 is picked and undone. */
        static Board arrangeMid(Staff staff, int spectators, int events) throws Exception {
            return arrange(staff, 4, 16, 12, spectators, events);
        }

        /** ~1 KiB messages: 2 teams (their captains) and 2 players; round 1 is picked and undone. */
        static Board arrangeSmall(Staff staff, int spectators, int events) throws Exception {
            return arrange(staff, 2, 2, 0, spectators, events);
        }

        static Board arrange(Staff staff, int teams, int players, int picked, int spectators, int events) throws Exception {
            String run = ProcessHandle.current().pid() + "_" + SERIAL.incrementAndGet();
            List<Long> users = new ArrayList<>();
            for (int i = 0; i < teams + players; i++) {
                int mmr = i < teams ? 5000 - 200 * i : 3100 - 100 * (i - teams + 1);
                users.add(staff.post("/api/users/", "{\"username\": \"bench_" + run + "_" + i + "\", \"mmr\": " + mmr + "}", 201)
                        .getJsonNumber("pk").longValue());
            }
            long tournament = staff.post("/api/tournaments/", "{\"name\": \"Bench " + run + "\", \"date_played\": \"2026-01-21T18:00:00Z\","
                    + " \"tournament_type\": \"double_elimination\", \"user_ids\": " + users + "}", 201).getJsonNumber("pk").longValue();
            for (int i = 0; i < teams; i++) {
                staff.post("/api/tournaments/create-team-from-captain", "{\"tournament_pk\": " + tournament + ", \"user_pk\": "
                        + users.get(i) + ", \"draft_order\": " + (i + 1) + "}", 201);
            }
            JsonObject draft = staff.post("/api/tournaments/init-draft", "{\"tournament_pk\": " + tournament + "}", 201).getJsonObject("draft");
            List<Long> rounds = draft.getJsonArray("draft_rounds").getValuesAs(JsonObject.class).stream()
                    .map(r -> r.getJsonNumber("pk").longValue()).toList();
            for (int r = 0; r < picked; r++) {
                staff.post("/api/tournaments/pick_player", "{\"draft_round_pk\": " + rounds.get(r) + ", \"user_pk\": "
                        + users.get(teams + r) + "}", 201);
            }
            return new Board(draft.getJsonNumber("pk").longValue(), rounds.get(picked), users.get(teams + picked), spectators, events);
        }

        /** Makes event number {@code e} and waits until every spectator has it. */
        void act(Staff staff, boolean pick, int e) throws Exception {
            pending = new CountDownLatch(spectators);
            requestedAt[e] = micros(Instant.now());
            JsonObject ignored = pick
                    ? staff.post("/api/tournaments/pick_player", "{\"draft_round_pk\": " + round + ", \"user_pk\": " + player + "}", 201)
                    : staff.post("/api/tournaments/undo-pick", "{\"draft_pk\": " + draft + "}", 200);
            if (!pending.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("draft " + draft + ": only " + (spectators - pending.getCount()) + " got event " + e);
            }
            if (eventPks[e] == 0) {
                throw new IllegalStateException("draft " + draft + ": the checked copy of event " + e + " did not decode");
            }
        }

        /** Message {@code n} (0 = the replay) is in at spectator {@code index}; {@code text} only for the checked copy. */
        void arrived(int index, int n, long at, int wire, String text) {
            if (n == 0) {
                replayed.incrementAndGet();
                return;
            }
            int e = n - 1;
            if (e >= arrivals.length) {
                throw new IllegalStateException("more messages than events");
            }
            arrivals[e][index] = at;
            if (!wireLengths.compareAndSet(e, 0, wire) && wireLengths.get(e) != wire) {
                LENGTH_MISMATCHES.incrementAndGet();
            }
            if (text != null) {
                check(e, text, wire);
            }
            pending.countDown();
        }

        /** The checked copy: the whole JSON must parse, be a draft_event of this draft. */
        private void check(int e, String text, int wire) {
            JsonObject message = Json.createReader(new StringReader(text)).readObject();
            if (!"draft_event".equals(message.getString("type")) || message.getJsonObject("draft_state").getJsonNumber("pk").longValue() != draft) {
                throw new IllegalStateException("not a draft_event of draft " + draft + ": " + text.substring(0, Math.min(200, text.length())));
            }
            JsonObject event = message.getJsonObject("event");
            createdAt[e] = micros(Instant.parse(event.getString("created_at")));
            messageBytes[e] = text.getBytes(StandardCharsets.UTF_8).length;
            wireBytes[e] = wire;
            eventPks[e] = event.getJsonNumber("pk").longValue();
        }

        void awaitReplays(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (replayed.get() < spectators && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (replayed.get() < spectators) {
                throw new IllegalStateException("only " + replayed.get() + " spectators replayed");
            }
        }

        List<Long> measuredEvents(int warmUp) {
            List<Long> pks = new ArrayList<>();
            for (int e = warmUp; e < eventPks.length; e++) {
                pks.add(eventPks[e]);
            }
            return pks;
        }
    }

    /** A selector thread reading many spectators. */
    static final class Reader implements Runnable {
        final Selector selector;
        final ConcurrentLinkedQueue<Spectator> joining = new ConcurrentLinkedQueue<>();
        final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 18);

        Reader() throws IOException {
            selector = Selector.open();
        }

        void add(Spectator spectator) {
            joining.add(spectator);
            selector.wakeup();
        }

        @Override
        public void run() {
            try {
                while (true) {
                    selector.select();
                    for (Spectator s = joining.poll(); s != null; s = joining.poll()) {
                        s.channel.configureBlocking(false);
                        s.channel.register(selector, SelectionKey.OP_READ, s);
                        s.consume(s.leftover, nowMicros());
                    }
                    for (SelectionKey key : selector.selectedKeys()) {
                        Spectator spectator = (Spectator) key.attachment();
                        buffer.clear();
                        int n = spectator.channel.read(buffer);
                        long at = nowMicros();
                        if (n < 0) {
                            key.cancel();
                            System.err.println("a spectator's connection ended");
                            continue;
                        }
                        buffer.flip();
                        spectator.consume(buffer, at);
                    }
                    selector.selectedKeys().clear();
                }
            } catch (IOException | RuntimeException e) {
                e.printStackTrace();
                System.exit(2);
            }
        }
    }

    /**
     * One spectator socket, read by frame headers: payloads are skipped, except on the checked copy (index 0)
     * whose messages are kept, inflated with one inflater for the connection and decoded.
     */
    static final class Spectator {
        final SocketChannel channel;
        final Board board;
        final int index;
        final ByteBuffer leftover;
        final byte[] header = new byte[10];
        final Inflater inflater = new Inflater(true);
        int headerHave;
        int headerNeed = 2;
        long payloadLeft = -1;
        boolean fin;
        boolean compressed;
        int opcode;
        int messageWire;
        int messageFrames;
        int messages;
        ByteArrayOutputStream kept;

        private Spectator(SocketChannel channel, Board board, int index, ByteBuffer leftover) {
            this.channel = channel;
            this.board = board;
            this.index = index;
            this.leftover = leftover;
            this.kept = index == 0 ? new ByteArrayOutputStream() : null;
        }

        static Spectator connect(URI base, Board board, int index, boolean deflate) throws IOException {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress(base.getHost(), base.getPort()));
            byte[] nonce = new byte[16];
            new SecureRandom().nextBytes(nonce);
            String request = "GET /api/draft/" + board.draft + "/ HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
                    + Base64.getEncoder().encodeToString(nonce) + "\r\nOrigin: " + base + (deflate ? "\r\nSec-WebSocket-Extensions: " + OFFER : "")
                    + "\r\n\r\n";
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer in = ByteBuffer.allocate(1 << 16);
            int end;
            while ((end = headEnd(in)) < 0) {
                if (channel.read(in) < 0) {
                    throw new IOException("handshake cut off");
                }
            }
            String head = new String(in.array(), 0, end, StandardCharsets.ISO_8859_1);
            if (!head.startsWith("HTTP/1.1 101")) {
                throw new IOException("no upgrade: " + head);
            }
            String extensions = head.lines().filter(l -> l.toLowerCase().startsWith("sec-websocket-extensions:")).findFirst().orElse("");
            if (deflate != extensions.contains("permessage-deflate") || deflate && !extensions.contains("server_no_context_takeover")) {
                throw new IOException("unexpected extensions: " + extensions);
            }
            ByteBuffer rest = ByteBuffer.wrap(in.array(), end, in.position() - end);
            return new Spectator(channel, board, index, rest);
        }

        private static int headEnd(ByteBuffer in) {
            byte[] a = in.array();
            for (int i = 3; i < in.position(); i++) {
                if (a[i - 3] == '\r' && a[i - 2] == '\n' && a[i - 1] == '\r' && a[i] == '\n') {
                    return i + 1;
                }
            }
            return -1;
        }

        void consume(ByteBuffer data, long at) {
            while (data.hasRemaining()) {
                if (payloadLeft < 0) {
                    header[headerHave++] = data.get();
                    if (headerHave == 2) {
                        int length = header[1] & 0x7f;
                        headerNeed = length == 126 ? 4 : length == 127 ? 10 : 2;
                    }
                    if (headerHave == headerNeed) {
                        startPayload();
                    }
                } else {
                    int take = (int) Math.min(data.remaining(), payloadLeft);
                    if (kept != null) {
                        byte[] chunk = new byte[take];
                        data.get(chunk);
                        kept.write(chunk, 0, take);
                    } else {
                        data.position(data.position() + take);
                    }
                    payloadLeft -= take;
                    WIRE_BYTES.addAndGet(take);
                    if (payloadLeft == 0) {
                        frameDone(at);
                    }
                }
            }
        }

        private void startPayload() {
            fin = (header[0] & 0x80) != 0;
            int code = header[0] & 0x0f;
            if (code != 0) {
                opcode = code;
                compressed = (header[0] & 0x40) != 0;
            }
            int length = header[1] & 0x7f;
            payloadLeft = length == 126 ? ((header[2] & 0xff) << 8) | (header[3] & 0xff)
                    : length == 127 ? ByteBuffer.wrap(header, 2, 8).getLong() : length;
            messageWire += (int) payloadLeft;
            headerHave = 0;
            headerNeed = 2;
            if (payloadLeft == 0) {
                frameDone(nowMicros());
            }
        }

        private void frameDone(long at) {
            payloadLeft = -1;
            FRAMES.incrementAndGet();
            messageFrames++;
            if (opcode == 8) {
                java.util.function.Consumer<Spectator> again = reopen;
                if (messages == 0 && again != null) {
                    REOPENED.incrementAndGet();
                    try {
                        channel.close();
                    } catch (IOException e) {
                        // gone anyway
                    }
                    again.accept(this);
                    return;
                }
                throw new IllegalStateException("spectator " + index + " of draft " + board.draft + " closed by the server: " + closeReason());
            }
            if (!fin) {
                return;
            }
            String text = null;
            if (kept != null) {
                byte[] payload = kept.toByteArray();
                kept.reset();
                text = new String(compressed ? inflate(payload) : payload, StandardCharsets.UTF_8);
            }
            if (messageFrames > 1) {
                MULTI_FRAME_MESSAGES.incrementAndGet();
            }
            int n = messages++;
            board.arrived(index, n, at, messageWire, text);
            messageWire = 0;
            messageFrames = 0;
        }

        private String closeReason() {
            return kept == null ? "(not kept)" : kept.size() >= 2 ? ((kept.toByteArray()[0] & 0xff) << 8 | (kept.toByteArray()[1] & 0xff))
                    + " " + new String(kept.toByteArray(), 2, kept.size() - 2, StandardCharsets.UTF_8) : "no code";
        }

        private byte[] inflate(byte[] payload) {
            try {
                byte[] whole = new byte[payload.length + 4];
                System.arraycopy(payload, 0, whole, 0, payload.length);
                whole[payload.length + 2] = (byte) 0xff;
                whole[payload.length + 3] = (byte) 0xff;
                inflater.setInput(whole);
                ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length * 6);
                byte[] chunk = new byte[1 << 16];
                for (int n = inflater.inflate(chunk); n > 0; n = inflater.inflate(chunk)) {
                    out.write(chunk, 0, n);
                }
                return out.toByteArray();
            } catch (DataFormatException e) {
                throw new IllegalStateException("a compressed message that does not inflate", e);
            }
        }
    }
}
