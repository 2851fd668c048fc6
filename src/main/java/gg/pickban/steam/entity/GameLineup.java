package gg.pickban.steam.entity;

import gg.pickban.identity.entity.User;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who should play a game, by Steam64 id (docs/rules.md §7.7): the members of its radiant and dire teams
 * (null and 0 ids left out) and the two captains; and how a Steam match compares with that.
 */
public record GameLineup(Set<Long> radiant, Set<Long> dire, Long radiantCaptain, Long direCaptain) {

    /** Which of the game's two teams won a match. */
    public enum Winner { RADIANT_TEAM, DIRE_TEAM }

    public GameLineup {
        radiant = Set.copyOf(radiant);
        dire = Set.copyOf(dire);
    }

    public static GameLineup of(Game game) {
        return new GameLineup(members(game.radiantTeam()), members(game.direTeam()), captain(game.radiantTeam()),
                captain(game.direTeam()));
    }

    private static Set<Long> members(Team team) {
        if (team == null) {
            return Set.of();
        }
        return team.members().stream().map(User::steamid).filter(GameLineup::isSteamId).collect(Collectors.toSet());
    }

    private static Long captain(Team team) {
        if (team == null || team.captain() == null || !isSteamId(team.captain().steamid())) {
            return null;
        }
        return team.captain().steamid();
    }

    private static boolean isSteamId(Long steamId) {
        return steamId != null && steamId != 0;
    }

    /** The game player set: both teams' members. */
    public Set<Long> players() {
        Set<Long> all = new HashSet<>(radiant);
        all.addAll(dire);
        return all;
    }

    public int overlap(Set<Long> matchPlayers) {
        Set<Long> all = players();
        return (int) matchPlayers.stream().filter(all::contains).count();
    }

    public boolean bothCaptainsPlayed(Set<Long> matchPlayers) {
        return radiantCaptain != null && direCaptain != null
                && matchPlayers.contains(radiantCaptain) && matchPlayers.contains(direCaptain);
    }

    public SuggestionTier tier(Set<Long> matchPlayers) {
        return SuggestionTier.of(overlap(matchPlayers), bothCaptainsPlayed(matchPlayers));
    }

    /**
     * The team that won (docs/rules.md §7.7, winner): when the teams' members sat mostly on
     * their own sides (ties included), the side that won names the team; when mostly swapped, the
     * other one; when none of them played, unknown.
     */
    public Optional<Winner> winner(Set<Long> matchRadiant, Set<Long> matchDire, boolean radiantWin) {
        long onTheirSides = count(radiant, matchRadiant) + count(dire, matchDire);
        long swapped = count(radiant, matchDire) + count(dire, matchRadiant);
        if (onTheirSides == 0 && swapped == 0) {
            return Optional.empty();
        }
        boolean radiantTeamWon = onTheirSides >= swapped ? radiantWin : !radiantWin;
        return Optional.of(radiantTeamWon ? Winner.RADIANT_TEAM : Winner.DIRE_TEAM);
    }

    private static long count(Set<Long> team, Set<Long> side) {
        return team.stream().filter(side::contains).count();
    }
}
