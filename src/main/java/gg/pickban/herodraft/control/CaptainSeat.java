package gg.pickban.herodraft.control;

/** A captain of one of a draft's DraftTeams and whether that DraftTeam counts as connected. */
public record CaptainSeat(long userId, String username, boolean connected) {
}
