package gg.pickban.draft.boundary;

import java.util.List;

/** Encoded {@link DraftEnvelope}s waiting for their transaction to commit, and the groups they go to. */
record DraftMessages(List<String> groups, List<String> messages) {
}
