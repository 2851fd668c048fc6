package gg.pickban.draft.boundary;

/** The socket groups of draft.md §9 / conventions.md §10. */
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
