import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Prints a port base for {@code asadmin create-domain --portbase} whose ports are all free: base + 9
 * (debugger), 37–39 (IIOP), 48 (admin), 49 and 59 (Data Grid, unused while it is off), 66 (OSGi shell),
 * 76 (JMS), 80–81 (HTTP, HTTPS), 86 (JMX). Tries bases from a random hundred between 20000 and 59900.
 */
public final class FreePortBase {

    private static final int[] OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};

    public static void main(String[] args) throws IOException {
        int first = ThreadLocalRandom.current().nextInt(200, 600);
        for (int i = 0; i < 400; i++) {
            int base = ((first + i) % 400 + 200) * 100;
            if (allFree(base)) {
                System.out.println(base);
                return;
            }
        }
        throw new IOException("no port base with all ports free");
    }

    private static boolean allFree(int base) {
        for (int offset : OFFSETS) {
            if (!free(base + offset)) {
                return false;
            }
        }
        return true;
    }

    /** Free on every address (so also on loopback, where the domain listens). */
    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
