import java.nio.charset.StandardCharsets;
import org.glassfish.tyrus.core.frame.TextFrame;

/**
 * Benchmark (not a test) of the floor under the draft spectators' fan-out (issue 5): what encoding one
 * ~35 KiB {@code draft_event} costs when it is sent to 1,000 sockets through the standard WebSocket
 * API, which gives each socket its own text message. Tyrus (Payara's implementation) turns each
 * {@code sendText} into a {@link TextFrame}, encoding the text to UTF-8 with its own encoder; the JDK's
 * {@code String.getBytes(UTF_8)} is shown beside it as the fastest per-socket encoding there is. Framing,
 * the socket writes and the receiving side all come on top. One thread; prints eight rounds.
 * Run by bench/tyrus-encode.sh with Payara Micro's own Tyrus on the class path.
 */
public class TyrusEncode {

    public static void main(String[] args) {
        int sockets = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String message = draftEventLike(35 * 1024);
        for (int round = 0; round < 8; round++) {
            long check = 0;
            long start = System.nanoTime();
            for (int k = 0; k < sockets; k++) {
                check += new TextFrame(message, false, true).getPayloadLength();
            }
            long tyrus = System.nanoTime() - start;
            start = System.nanoTime();
            for (int k = 0; k < sockets; k++) {
                check += message.getBytes(StandardCharsets.UTF_8).length;
            }
            long jdk = System.nanoTime() - start;
            System.out.printf("%,d chars to %,d sockets: Tyrus TextFrame %.1f ms, String.getBytes(UTF_8) %.1f ms (check %d)%n",
                    message.length(), sockets, tyrus / 1e6, jdk / 1e6, check);
        }
    }

    /** Rounds with captains as UserMini-like objects; one non-ASCII letter per user, as Discord names have. */
    static String draftEventLike(int size) {
        StringBuilder json = new StringBuilder("{\"type\":\"draft_event\",\"event\":{\"pk\":1,\"event_type\":\"player_picked\"},"
                + "\"draft_state\":{\"pk\":1,\"draft_rounds\":[");
        for (int i = 1; json.length() < size; i++) {
            json.append("{\"pk\":").append(i).append(",\"pick_phase\":1,\"pick_number\":").append(i)
                    .append(",\"captain\":{\"pk\":").append(i).append(",\"username\":\"player").append(i)
                    .append("\",\"nickname\":\"Zoë ").append(i).append("\",\"avatar\":\"https://cdn.discordapp.com/avatars/1/a.png\"")
                    .append(",\"mmr\":4500,\"positions\":{\"carry\":1,\"mid\":2,\"offlane\":3}}},");
        }
        return json.append("{}]}}").toString();
    }
}
