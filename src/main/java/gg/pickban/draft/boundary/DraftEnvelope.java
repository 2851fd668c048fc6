package gg.pickban.draft.boundary;

/**
 * A draft event as it travels on the group bus: the event's pk (its place in the draft's commit
 * order, as pks are drawn under the draft's row lock), the event's JSON and the draft state after its
 * transaction. Encoded as {@code <pk>:<length of event>:<event><state>}, so receivers never parse
 * JSON to route or order it.
 */
record DraftEnvelope(long eventPk, String event, String state) {

    String encode() {
        return eventPk + ":" + event.length() + ":" + event + state;
    }

    /** Null when the text is no envelope. */
    static DraftEnvelope decode(String text) {
        int first = text.indexOf(':');
        int second = first < 0 ? -1 : text.indexOf(':', first + 1);
        if (second < 0) {
            return null;
        }
        try {
            long pk = Long.parseLong(text.substring(0, first));
            int end = second + 1 + Integer.parseInt(text.substring(first + 1, second));
            return new DraftEnvelope(pk, text.substring(second + 1, end), text.substring(end));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The {@code draft_event} socket message (docs/api.md §7), with the given state. */
    String message(String draftState) {
        return "{\"type\":\"draft_event\",\"event\":" + event + ",\"draft_state\":" + draftState + "}";
    }
}
