package gg.pickban.bracket.entity;

/**
 * One element of the frontend's bracket editor as a save sends it (docs/rules.md §6.1), already
 * validated: team and link references are still ids, resolved by the save.
 */
public record BracketElement(
        String id,
        Long gameId,
        int round,
        int position,
        String bracketType,
        String eliminationType,
        String status,
        Long radiantTeamPk,
        Long direTeamPk,
        String winner,
        String nextMatchId,
        String nextMatchSlot,
        String loserNextMatchId,
        String loserNextMatchSlot,
        int swissRecordWins,
        int swissRecordLosses,
        Long steamMatchId) {
}
