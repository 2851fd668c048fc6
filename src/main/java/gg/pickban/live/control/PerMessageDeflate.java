package gg.pickban.live.control;

import gg.pickban.platform.boundary.ClientMessages;
import jakarta.websocket.Extension;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.glassfish.tyrus.core.extension.ExtendedExtension;
import org.glassfish.tyrus.core.frame.Frame;

/**
 * permessage-deflate as Pickban speaks it: always without server context takeover, so that a group
 * message compressed once ({@link SharedMessage}) is right for every socket that negotiated it. What
 * Tyrus itself sends (a kick, a close) goes out uncompressed, which the extension allows. Client
 * messages that arrive compressed are inflated with one inflater per connection (clients may keep
 * their context), never to more than one byte past the message size limit, so an oversized one
 * still closes with 1009.
 */
final class PerMessageDeflate implements ExtendedExtension {

    static final String NAME = "permessage-deflate";
    static final String SERVER_NO_CONTEXT_TAKEOVER = "server_no_context_takeover";
    private static final String CLIENT_NO_CONTEXT_TAKEOVER = "client_no_context_takeover";
    private static final String CLIENT_MAX_WINDOW_BITS = "client_max_window_bits";
    private static final String SERVER_MAX_WINDOW_BITS = "server_max_window_bits";
    private static final String INFLATER = PerMessageDeflate.class.getName() + ".inflater";
    private static final String INFLATING = PerMessageDeflate.class.getName() + ".inflating";
    private static final byte[] SYNC_FLUSH_TAIL = {0, 0, (byte) 0xff, (byte) 0xff};

    private final List<Parameter> answer;

    private PerMessageDeflate(List<Parameter> answer) {
        this.answer = answer;
    }

    /**
     * The extension for a client's offer, or null when we cannot honour it: a server window below the
     * JDK deflater's 15 bits, a parameter we do not know, one given twice, or a value that is not allowed.
     */
    static PerMessageDeflate accept(Extension offer) {
        if (!NAME.equals(offer.getName())) {
            return null;
        }
        List<Parameter> answer = new ArrayList<>(List.of(parameter(SERVER_NO_CONTEXT_TAKEOVER, null)));
        Set<String> seen = new HashSet<>();
        for (Parameter parameter : offer.getParameters()) {
            String value = unquoted(parameter.getValue());
            if (!seen.add(parameter.getName())) {
                return null;
            }
            switch (parameter.getName()) {
                case SERVER_NO_CONTEXT_TAKEOVER -> {
                    if (value != null) {
                        return null;
                    }
                }
                case CLIENT_NO_CONTEXT_TAKEOVER -> {
                    if (value != null) {
                        return null;
                    }
                    answer.add(parameter(CLIENT_NO_CONTEXT_TAKEOVER, null));
                }
                case CLIENT_MAX_WINDOW_BITS -> {
                    // the client may use any window up to 15 bits, which our inflater reads; we need not answer it
                    if (value != null && !windowBits(value)) {
                        return null;
                    }
                }
                case SERVER_MAX_WINDOW_BITS -> {
                    // the JDK deflater always uses 15 bits; accepting the limit means saying it back
                    if (!"15".equals(value)) {
                        return null;
                    }
                    answer.add(parameter(SERVER_MAX_WINDOW_BITS, "15"));
                }
                default -> {
                    return null;
                }
            }
        }
        return new PerMessageDeflate(List.copyOf(answer));
    }

    private static String unquoted(String value) {
        return value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value == null || value.isEmpty() ? null : value;
    }

    private static boolean windowBits(String value) {
        return value.matches("[1-9][0-9]?") && Integer.parseInt(value) >= 8 && Integer.parseInt(value) <= 15;
    }

    /** Whether a session's negotiated extension is this one, as we answered it. */
    static boolean isNegotiated(Extension extension) {
        return extension instanceof PerMessageDeflate
                || NAME.equals(extension.getName())
                && extension.getParameters().stream().anyMatch(p -> SERVER_NO_CONTEXT_TAKEOVER.equals(p.getName()));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public List<Parameter> getParameters() {
        return answer;
    }

    @Override
    public Frame processIncoming(ExtensionContext context, Frame frame) {
        if (frame.isControlFrame()) {
            return frame;
        }
        Map<String, Object> state = context.getProperties();
        if (frame.getOpcode() != 0) {
            state.put(INFLATING, frame.isRsv1());
        }
        if (!Boolean.TRUE.equals(state.get(INFLATING))) {
            return frame;
        }
        Inflater inflater = (Inflater) state.computeIfAbsent(INFLATER, key -> new Inflater(true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            inflate(inflater, frame.getPayloadData(), out);
            if (frame.isFin()) {
                inflate(inflater, SYNC_FLUSH_TAIL, out);
            }
        } catch (DataFormatException e) {
            // Tyrus then sees the frame as it came, RSV1 still set, and closes the socket with a protocol error
            throw new IllegalStateException("a compressed message that does not inflate", e);
        }
        if (frame.isFin() && inflater.finished()) {
            // a client may end a message with a final deflate block; its next message then starts afresh
            inflater.reset();
        }
        byte[] inflated = out.toByteArray();
        return Frame.builder(frame).rsv1(false).payloadData(inflated).payloadLength(inflated.length).build();
    }

    /**
     * Inflates {@code input} onto {@code out}, but never past one byte over the message size limit: the
     * message is too big then (Tyrus closes with 1009) and the rest is never inflated.
     */
    private static void inflate(Inflater inflater, byte[] input, ByteArrayOutputStream out) throws DataFormatException {
        if (out.size() > ClientMessages.MAX_SIZE || inflater.finished()) {
            return;
        }
        inflater.setInput(input);
        byte[] chunk = new byte[1024];
        while (out.size() <= ClientMessages.MAX_SIZE) {
            int n = inflater.inflate(chunk, 0, Math.min(chunk.length, ClientMessages.MAX_SIZE + 1 - out.size()));
            if (n == 0) {
                return;
            }
            out.write(chunk, 0, n);
        }
    }

    @Override
    public Frame processOutgoing(ExtensionContext context, Frame frame) {
        return frame;
    }

    @Override
    public List<Parameter> onExtensionNegotiation(ExtensionContext context, List<Parameter> requestedParameters) {
        return answer;
    }

    @Override
    public void onHandshakeResponse(ExtensionContext context, List<Parameter> responseParameters) {
        // server side: there is no response to read
    }

    @Override
    public void destroy(ExtensionContext context) {
        if (context.getProperties().remove(INFLATER) instanceof Inflater inflater) {
            inflater.end();
        }
    }

    private static Parameter parameter(String name, String value) {
        return new Parameter() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public String getValue() {
                return value;
            }
        };
    }
}
