package gg.pickban.draft.boundary;

/** The socket groups {@code draft_<id>} and {@code tournament_<id>} (docs/api.md §5, §7). */
final class DraftGroups {

    private DraftGroups() {
    }

    static String draft(long draftId) {
        return "draft_" + draftId;
    }

    static String tournament(long tournamentId) {
        return "tournament_" + tournamentId;
    }
}
