package gg.pickban.draft.boundary;

import java.util.List;

/** Encoded {@link DraftEnvelope}s (of the events with these pks) waiting for their transaction to commit, and the groups they go to. */
record DraftMessages(List<String> groups, List<Long> eventPks, List<String> messages) {
}
