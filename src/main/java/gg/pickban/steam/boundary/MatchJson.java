package gg.pickban.steam.boundary;

import gg.pickban.steam.entity.SteamMatch;
import java.util.List;

/** A stored match with its players by slot. */
public record MatchJson(
        long matchId,
        boolean radiantWin,
        int duration,
        long startTime,
        int gameMode,
        int lobbyType,
        List<PlayerStatsJson> players) {

    static MatchJson from(SteamMatch match) {
        return new MatchJson(match.matchId(), match.radiantWin(), match.duration(), match.startTime(), match.gameMode(),
                match.lobbyType(), match.players().stream().map(PlayerStatsJson::from).toList());
    }
}
