package gg.pickban.steam.boundary;

import gg.pickban.identity.entity.User;
import gg.pickban.steam.control.MatchSuggestions;
import gg.pickban.steam.entity.PlayerMatchStats;
import gg.pickban.steam.entity.SteamMatch;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A candidate match for a game as the bracket's match modal shows it (docs/rules.md §7.7). */
public record MatchSuggestionJson(
        long matchId,
        long startTime,
        int duration,
        boolean radiantWin,
        String tier,
        String tierDisplay,
        int playerOverlap,
        Captain radiantCaptain,
        Captain direCaptain,
        List<MatchedPlayer> matchedPlayers) {

    /** A game's captain who played in the match; {@code avatar} is the avatar URL here. */
    public record Captain(long steamId, String username, String avatar, int heroId) {
    }

    /** A match player who belongs to one of the game's teams; {@code avatar} is the hash here. */
    public record MatchedPlayer(long steamId, long userId, String username, String avatar, int heroId, int playerSlot,
            boolean isRadiant, boolean isCaptain) {
    }

    static MatchSuggestionJson from(MatchSuggestions.Candidate candidate, Game game) {
        SteamMatch match = candidate.match();
        Map<Long, User> members = Stream.of(game.radiantTeam(), game.direTeam()).filter(Objects::nonNull)
                .flatMap(team -> team.members().stream()).filter(u -> u.steamid() != null && u.steamid() != 0)
                .collect(Collectors.toMap(User::steamid, Function.identity(), (a, b) -> a));
        Set<Long> captains = Stream.of(captainOf(game.radiantTeam()), captainOf(game.direTeam())).filter(Objects::nonNull)
                .map(User::steamid).collect(Collectors.toSet());
        List<MatchedPlayer> matched = match.players().stream().filter(p -> members.containsKey(p.steamId()))
                .map(p -> {
                    User user = members.get(p.steamId());
                    return new MatchedPlayer(p.steamId(), user.id(), user.username(), user.avatar(), p.heroId(), p.playerSlot(),
                            p.isRadiant(), captains.contains(p.steamId()));
                })
                .sorted(Comparator.comparing(MatchedPlayer::isRadiant).reversed()
                        .thenComparing(Comparator.comparing(MatchedPlayer::isCaptain).reversed())
                        .thenComparingInt(MatchedPlayer::playerSlot))
                .toList();
        return new MatchSuggestionJson(match.matchId(), match.startTime(), match.duration(), match.radiantWin(),
                candidate.tier().key(), candidate.tier().display(), candidate.overlap(),
                captain(captainOf(game.radiantTeam()), match), captain(captainOf(game.direTeam()), match), matched);
    }

    private static User captainOf(Team team) {
        User captain = team == null ? null : team.captain();
        return captain != null && captain.steamid() != null && captain.steamid() != 0 ? captain : null;
    }

    private static Captain captain(User captain, SteamMatch match) {
        if (captain == null) {
            return null;
        }
        return match.player(captain.steamid()).map(PlayerMatchStats::heroId)
                .map(hero -> new Captain(captain.steamid(), captain.username(), captain.avatarUrl(), hero)).orElse(null);
    }
}
