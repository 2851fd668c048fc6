package gg.pickban.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One HTTP/1.1 request over a bare socket, for what {@link Api} cannot send: a body the server is
 * expected to refuse before it has it all, declared but never sent, or chunked and going on after
 * the answer (written on its own thread while the answer is read, until the server closes).
 */
public final class StreamedBody {

    private static final int CHUNK = 64 * 1024;

    /** The answer, and how many body bytes had been written when the server stopped taking them. */
    public record Answer(int status, String head, String body, long bodyBytesWritten) {
    }

    private StreamedBody() {
    }

    /**
     * {@code head} is the request line and headers without the final blank line; the body is
     * {@code start} followed by spaces up to {@code bodyBytes} in all, sent chunked.
     */
    public static Answer chunked(AppProcess app, String head, String start, long bodyBytes) throws IOException {
        try (Socket socket = new Socket(app.uri("/").getHost(), app.uri("/").getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: " + app.uri("/").getAuthority() + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            AtomicLong written = new AtomicLong();
            Thread writer = new Thread(() -> writeBody(out, start.getBytes(StandardCharsets.UTF_8), bodyBytes, written), "raw-body");
            writer.setDaemon(true);
            writer.start();
            byte[] answer = readAll(socket.getInputStream());
            try {
                writer.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return parse(new String(answer, StandardCharsets.UTF_8), written.get());
        }
    }

    /**
     * Declares a body of {@code contentLength} bytes but sends only {@code start}: an answer can only
     * come from a server that decided without reading the body.
     */
    public static Answer declaredButNotSent(AppProcess app, String head, long contentLength, String start) throws IOException {
        try (Socket socket = new Socket(app.uri("/").getHost(), app.uri("/").getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: " + app.uri("/").getAuthority() + "\r\nContent-Length: " + contentLength
                    + "\r\nConnection: close\r\n\r\n" + start).getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8), start.length());
        }
    }

    private static void writeBody(OutputStream out, byte[] start, long bodyBytes, AtomicLong written) {
        byte[] spaces = new byte[CHUNK];
        Arrays.fill(spaces, (byte) ' ');
        try {
            chunk(out, start, start.length);
            written.addAndGet(start.length);
            while (written.get() < bodyBytes) {
                int n = (int) Math.min(CHUNK, bodyBytes - written.get());
                chunk(out, spaces, n);
                written.addAndGet(n);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException serverClosed) {
            // the server answered and closed: what was written so far is the count
        }
    }

    private static void chunk(OutputStream out, byte[] data, int length) throws IOException {
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(data, 0, length);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
            }
        } catch (IOException resetAfterTheAnswer) {
            if (answer.size() == 0) {
                throw resetAfterTheAnswer;
            }
        }
        return answer.toByteArray();
    }

    /** Skips interim 100 answers; the body is taken as it came (the answers asserted on are not chunked). */
    private static Answer parse(String answer, long written) {
        String rest = answer;
        while (rest.startsWith("HTTP/1.1 100")) {
            rest = rest.substring(rest.indexOf("\r\n\r\n") + 4);
        }
        int end = rest.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete answer: " + rest);
        }
        String head = rest.substring(0, end);
        return new Answer(Integer.parseInt(head.substring(9, 12)), head, rest.substring(end + 4), written);
    }
}
