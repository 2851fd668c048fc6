package gg.pickban.steam.entity;

import java.util.List;

/** What Steam tells about one finished match, in Pickban's terms; anonymous players are already left out (docs/decisions.md D35). */
public record MatchDetails(
        long matchId,
        boolean radiantWin,
        int duration,
        long startTime,
        int gameMode,
        int lobbyType,
        List<PlayerPerformance> players) {

    public MatchDetails {
        players = List.copyOf(players);
    }
}
