package gg.pickban.steam.boundary;

import gg.pickban.steam.entity.SteamMatch;
import java.util.List;

/** MatchJson plus the Steam league it was synced for. */
public record MatchFull(
        long matchId,
        boolean radiantWin,
        int duration,
        long startTime,
        int gameMode,
        int lobbyType,
        List<PlayerStatsJson> players,
        Integer leagueId) {

    static MatchFull from(SteamMatch match) {
        return new MatchFull(match.matchId(), match.radiantWin(), match.duration(), match.startTime(), match.gameMode(),
                match.lobbyType(), match.players().stream().map(PlayerStatsJson::from).toList(), match.leagueId());
    }
}
