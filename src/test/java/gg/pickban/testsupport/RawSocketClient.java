package gg.pickban.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A WebSocket client on a plain TCP socket, for what the JDK's client cannot do: offer permessage-deflate
 * as browsers do ({@code permessage-deflate; client_max_window_bits}) and inflate compressed messages as
 * they do (one inflater for the whole connection), send compressed messages as they do (one deflater
 * whose context carries over from message to message), or never read at all.
 */
public final class RawSocketClient implements AutoCloseable {

    public static final String BROWSER_OFFER = "permessage-deflate; client_max_window_bits";
    private static final byte[] SYNC_TAIL = {0, 0, (byte) 0xff, (byte) 0xff};

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String extensions;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final List<Pong> pongs = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final Inflater inflater = new Inflater(true);
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final SecureRandom random = new SecureRandom();
    private int compressedMessages;
    /** Messages read so far (on the reading thread). */
    private int received;

    private RawSocketClient(Socket socket, InputStream in, String extensions) throws IOException {
        this.socket = socket;
        this.in = in;
        this.out = socket.getOutputStream();
        this.extensions = extensions;
    }

    /** Connects and reads every message; {@code offer} is the Sec-WebSocket-Extensions header, or null. */
    public static RawSocketClient connect(AppProcess app, String path, String offer) {
        RawSocketClient client = open(app, path, offer, 0, 0);
        client.startReading();
        return client;
    }

    /**
     * Connects with a small receive buffer and reads every message, but slowly: a pause of {@code pauseMillis}
     * after every 16 KiB, so that the server's writes to it keep filling the socket's buffers and waiting.
     */
    public static RawSocketClient slow(AppProcess app, String path, int pauseMillis) {
        RawSocketClient client = open(app, path, null, 16 * 1024, pauseMillis);
        client.startReading();
        return client;
    }

    /** Connects with a tiny receive buffer and never reads a byte after the handshake. */
    public static RawSocketClient stalled(AppProcess app, String path) {
        return open(app, path, null, 1024, 0);
    }

    private static RawSocketClient open(AppProcess app, String path, String offer, int receiveBuffer, int pauseMillis) {
        URI uri = app.uri(path);
        try {
            Socket socket = new Socket();
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            byte[] nonce = new byte[16];
            new SecureRandom().nextBytes(nonce);
            String key = Base64.getEncoder().encodeToString(nonce);
            String request = "GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " + key
                    + "\r\nOrigin: " + app.uri("").toString().replaceAll("/$", "")
                    + (offer == null ? "" : "\r\nSec-WebSocket-Extensions: " + offer) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            if (!head.startsWith("HTTP/1.1 101")) {
                throw new IllegalStateException("no upgrade: " + head);
            }
            String extensions = null;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase().startsWith("sec-websocket-extensions:")) {
                    extensions = line.substring(line.indexOf(':') + 1).trim();
                }
            }
            socket.setSoTimeout(0);
            return new RawSocketClient(socket, pauseMillis > 0 ? new ThrottledInput(in, 16 * 1024, pauseMillis) : in, extensions);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("handshake cut off: " + head);
            }
            head.write(b);
            byte[] so = head.toByteArray();
            int n = so.length;
            if (n >= 4 && so[n - 4] == '\r' && so[n - 3] == '\n' && so[n - 2] == '\r' && so[n - 1] == '\n') {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
    }

    /** A {@link #stalled} client starts reading after all: what the server still sends arrives from now on. */
    public void startReading() {
        Thread reader = new Thread(this::readAll, "raw-socket-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Every message until the server's close frame (or the connection's end) has arrived, or the timeout
     * passed; the close code is then {@link #closeCode}.
     */
    public List<String> messagesUntilClosed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> all = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String next = messages.poll(100, TimeUnit.MILLISECONDS);
            if (next != null) {
                all.add(next);
            } else if (closeCode.isDone() && messages.isEmpty()) {
                break;
            }
        }
        return all;
    }

    /** What the server answered in Sec-WebSocket-Extensions, or null. */
    public String extensions() {
        return extensions;
    }

    /** Messages that arrived compressed (RSV1 set) so far. */
    public synchronized int compressedMessages() {
        return compressedMessages;
    }

    public String nextMessage(Duration timeout) throws InterruptedException {
        return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Integer closeCode(Duration timeout) {
        try {
            return closeCode.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    private void readAll() {
        DataInputStream frames = new DataInputStream(in);
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        boolean compressed = false;
        try {
            while (true) {
                int first = frames.readUnsignedByte();
                int second = frames.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = frames.readUnsignedShort();
                } else if (length == 127) {
                    length = frames.readLong();
                }
                if ((second & 0x80) != 0) {
                    throw new IOException("a server frame must not be masked");
                }
                byte[] payload = new byte[(int) length];
                frames.readFully(payload);
                int opcode = first & 0x0f;
                if (opcode == 8) {
                    closeCode.complete(payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005);
                    return;
                }
                if (opcode == 10) {
                    pongs.add(new Pong(new String(payload, StandardCharsets.UTF_8), received));
                    continue;
                }
                if (opcode == 9) {
                    continue;
                }
                if (opcode != 0) {
                    compressed = (first & 0x40) != 0;
                }
                message.write(payload);
                if ((first & 0x80) != 0) {
                    byte[] data = message.toByteArray();
                    message.reset();
                    if (compressed) {
                        synchronized (this) {
                            compressedMessages++;
                        }
                        data = inflate(data);
                    }
                    messages.add(new String(data, StandardCharsets.UTF_8));
                    received++;
                }
            }
        } catch (IOException | DataFormatException e) {
            closeCode.complete(1006);
        }
    }

    private byte[] inflate(byte[] data) throws DataFormatException {
        byte[] whole = new byte[data.length + SYNC_TAIL.length];
        System.arraycopy(data, 0, whole, 0, data.length);
        System.arraycopy(SYNC_TAIL, 0, whole, data.length, SYNC_TAIL.length);
        inflater.setInput(whole);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int n = inflater.inflate(chunk); n > 0; n = inflater.inflate(chunk)) {
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    /** Deflated with the connection's own deflater, which keeps its context from message to message as browsers do. */
    private synchronized byte[] deflate(byte[] payload) {
        deflater.setInput(payload);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int n;
        do {
            n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
            compressed.write(chunk, 0, n);
        } while (n == chunk.length);
        byte[] all = compressed.toByteArray();
        return Arrays.copyOf(all, all.length - SYNC_TAIL.length);
    }

    /** Sends a text message, compressed (RSV1 set) when asked. */
    public void sendText(String text, boolean compress) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        sendFrame(0x80 | (compress ? 0x40 : 0) | 1, compress ? deflate(payload) : payload);
    }

    /** Sends a ping carrying {@code text} (at most 125 bytes); the server answers with a pong carrying the same. */
    public void sendPing(String text) throws IOException {
        sendFrame(0x80 | 9, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A pong's payload, and how many messages had arrived before it. */
    public record Pong(String payload, int after) {
    }

    /** The pongs so far, in arrival order. */
    public List<Pong> pongs() {
        synchronized (pongs) {
            return List.copyOf(pongs);
        }
    }

    private void sendFrame(int firstByte, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(firstByte);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length);
        }
        byte[] mask = new byte[4];
        random.nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        synchronized (out) {
            out.write(frame.toByteArray());
            out.flush();
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // gone already
        }
    }

    /** An input stream that pauses after every {@code chunk} bytes read. */
    private static final class ThrottledInput extends java.io.FilterInputStream {

        private final int chunk;
        private final int pauseMillis;
        private int sincePause;

        ThrottledInput(InputStream in, int chunk, int pauseMillis) {
            super(in);
            this.chunk = chunk;
            this.pauseMillis = pauseMillis;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, Math.min(length, chunk - sincePause));
            counted(Math.max(n, 0));
            return n;
        }

        private void counted(int n) throws IOException {
            sincePause += n;
            if (sincePause >= chunk) {
                sincePause = 0;
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
            }
        }
    }
}
