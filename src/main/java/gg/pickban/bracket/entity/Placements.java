package gg.pickban.bracket.entity;

/**
 * Where a team eliminated by losing a game finishes (docs/rules.md §6.3): grand finals → 2; a losers
 * game R levels below the last losers round → 3, 4, 4, then 4 + 2^(d−3); winners and swiss games
 * eliminate nobody.
 */
public final class Placements {

    private Placements() {
    }

    /** @param highestLosersRound the tournament's highest losers round, or null without losers games */
    public static Integer ofLoser(String bracketType, int round, Integer highestLosersRound) {
        return switch (bracketType) {
            case "grand_finals" -> 2;
            case "losers" -> highestLosersRound == null ? 3 : belowFinalLosersRound(highestLosersRound - round);
            default -> null;
        };
    }

    private static int belowFinalLosersRound(int d) {
        if (d <= 0) {
            return 3;
        }
        if (d <= 2) {
            return 4;
        }
        return 4 + (1 << (d - 3));
    }
}
