import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark (not a test): the machine's own floor for a fan-out, with no server at all. One frame of
 * {@code bytes} written with plain JDK NIO to {@code sockets} loopback sockets, read by two selector
 * threads as bench/DraftSpectators.java reads them; time from the first write to the last byte read,
 * per round, after warm-up rounds. What Pickban's fan-out costs on top of this is its own overhead; a
 * latency goal below this figure cannot be met on the machine.
 * <p>
 * Usage: {@code java bench/SocketFloor.java [sockets] [bytes] [writer-threads] [rounds] [warm-up-rounds]}
 */
public class SocketFloor {

    public static void main(String[] args) throws Exception {
        int sockets = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int bytes = args.length > 1 ? Integer.parseInt(args[1]) : 1324;
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 50;

        AtomicLong received = new AtomicLong();
        Selector[] selectors = {Selector.open(), Selector.open()};
        List<SocketChannel> serverSides = new ArrayList<>();
        try (ServerSocketChannel listener = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0), sockets)) {
            for (int i = 0; i < sockets; i++) {
                SocketChannel client = SocketChannel.open(listener.getLocalAddress());
                client.configureBlocking(false);
                Selector selector = selectors[i % selectors.length];
                selector.wakeup();
                client.register(selector, SelectionKey.OP_READ);
                SocketChannel server = listener.accept();
                server.configureBlocking(false);
                serverSides.add(server);
            }
        }
        for (Selector selector : selectors) {
            Thread reader = new Thread(() -> read(selector, received), "reader");
            reader.setDaemon(true);
            reader.start();
        }

        ByteBuffer frame = ByteBuffer.allocate(bytes);
        long[] millis = new long[rounds];
        for (int round = -warmUp; round < rounds; round++) {
            long before = received.get();
            long start = System.nanoTime();
            Thread[] threads = new Thread[writers];
            for (int w = 0; w < writers; w++) {
                int first = w;
                threads[w] = new Thread(() -> {
                    for (int i = first; i < sockets; i += writers) {
                        write(serverSides.get(i), frame.duplicate());
                    }
                });
                threads[w].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            long expected = before + (long) sockets * bytes;
            while (received.get() < expected) {
                Thread.onSpinWait();
            }
            if (round >= 0) {
                millis[round] = System.nanoTime() - start;
            }
            Thread.sleep(20);
        }
        Arrays.sort(millis);
        System.out.printf("bare floor (JDK NIO, no server): %d bytes to %d loopback sockets, %d writer thread(s), 2 reader threads, %d rounds:"
                + " first write -> last byte read p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", bytes, sockets, writers, rounds,
                millis[rounds / 2] / 1e6, millis[(int) Math.ceil(rounds * 0.99) - 1] / 1e6, millis[rounds - 1] / 1e6);
        System.exit(0);
    }

    private static void write(SocketChannel channel, ByteBuffer frame) {
        try {
            while (frame.hasRemaining()) {
                if (channel.write(frame) == 0) {
                    Thread.onSpinWait();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(Selector selector, AtomicLong received) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);
        try {
            while (true) {
                selector.select();
                for (Iterator<SelectionKey> keys = selector.selectedKeys().iterator(); keys.hasNext();) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    int n;
                    do {
                        buffer.clear();
                        n = ((SocketChannel) key.channel()).read(buffer);
                        if (n > 0) {
                            received.addAndGet(n);
                        }
                    } while (n == buffer.capacity());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
