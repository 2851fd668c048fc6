package gg.pickban.herodraft.entity;

import java.util.List;
import java.util.stream.IntStream;

/** The 24-step Captains Mode order (docs/rules.md §5.3): which team (first pick F or second S) bans or picks. */
public final class CaptainsMode {

    public static final int ROUNDS = 24;

    /** One round: its number (1–24), whether the first-pick team acts, and the action. */
    public record Step(int roundNumber, boolean firstPickTeam, ActionType action) {
    }

    private static final String TEAMS = "FFSSFSSFSSFSFSFSFSFSFSFS";
    private static final String ACTIONS = "BBBBBBBPPBBBPPPPPPBBBBPP";

    public static final List<Step> STEPS = IntStream.range(0, ROUNDS)
            .mapToObj(i -> new Step(i + 1, TEAMS.charAt(i) == 'F', ACTIONS.charAt(i) == 'B' ? ActionType.BAN : ActionType.PICK))
            .toList();

    private CaptainsMode() {
    }
}
