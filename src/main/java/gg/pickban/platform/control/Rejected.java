package gg.pickban.platform.control;

import java.util.List;

/**
 * A value a coercion refused, with DRF's messages for it. Internal to {@link Input}: it unwinds one
 * field's reading, so it carries no stack trace.
 */
final class Rejected extends RuntimeException {

    private final List<String> messages;

    Rejected(String message) {
        this(List.of(message));
    }

    Rejected(List<String> messages) {
        super(String.join(" ", messages), null, false, false);
        this.messages = List.copyOf(messages);
    }

    List<String> messages() {
        return messages;
    }
}
