import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks that a process (Linux) has no socket reaching beyond the machine: every TCP listener and UDP
 * socket is bound to a loopback address, and every connection's peer is a loopback address. Reads
 * /proc/PID/fd (the process's socket inodes) and /proc/PID/net/{tcp,tcp6,udp,udp6}.
 * Usage: java LoopbackOnly PID — prints what it saw; exit 1 when a socket is not on loopback.
 */
public final class LoopbackOnly {

    public static void main(String[] args) throws IOException {
        Path proc = Path.of("/proc", args[0]);
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            });
        }
        List<String> seen = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            List<String> lines = Files.readAllLines(proc.resolve("net").resolve(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (!inodes.contains(f[9])) {
                    continue;
                }
                InetAddress local = address(f[1]);
                InetAddress remote = address(f[2]);
                boolean listening = table.startsWith("tcp") ? f[3].equals("0A") : remote.isAnyLocalAddress();
                String socket = table + " " + local.getHostAddress() + ":" + port(f[1])
                        + (listening ? " listening" : " -> " + remote.getHostAddress() + ":" + port(f[2]));
                seen.add(socket);
                if (!loopback(local) || !listening && !loopback(remote)) {
                    outside.add(socket);
                }
            }
        }
        long listeners = seen.stream().filter(s -> s.endsWith("listening")).count();
        if (!outside.isEmpty()) {
            System.out.println("FAIL: not on loopback: " + outside);
            System.exit(1);
        }
        System.out.println(seen.size() + " sockets, all on loopback (" + listeners + " listening: "
                + seen.stream().filter(s -> s.endsWith("listening")).map(s -> s.replaceAll("^\\S+ | listening$", "")).sorted().toList() + ")");
    }

    private static boolean loopback(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        // ::ffff:127.x.x.x, how a dual-stack Java socket bound to 127.0.0.1 shows up
        return b.length == 16 && b[10] == -1 && b[11] == -1 && b[12] == 127
                && java.util.stream.IntStream.range(0, 10).allMatch(i -> b[i] == 0);
    }

    /** /proc hex: IPv4 as one little-endian word, IPv6 as four. */
    private static InetAddress address(String hexWithPort) throws IOException {
        String hex = hexWithPort.substring(0, hexWithPort.indexOf(':'));
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(word * 8 + (3 - i) * 2, word * 8 + (3 - i) * 2 + 2), 16);
            }
        }
        return InetAddress.getByAddress(bytes);
    }

    private static int port(String hexWithPort) {
        return Integer.parseInt(hexWithPort.substring(hexWithPort.indexOf(':') + 1), 16);
    }
}
