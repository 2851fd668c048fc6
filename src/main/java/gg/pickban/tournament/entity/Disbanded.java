package gg.pickban.tournament.entity;

import java.util.ArrayList;
import java.util.List;

/** Teams that fell apart and the games that go with them: already detached, still to be deleted. */
public record Disbanded(List<Team> teams, List<Game> games) {

    public static final Disbanded NOTHING = new Disbanded(List.of(), List.of());

    public Disbanded {
        teams = List.copyOf(teams);
        games = List.copyOf(games);
    }

    public Disbanded and(Disbanded more) {
        List<Team> allTeams = new ArrayList<>(teams);
        allTeams.addAll(more.teams);
        List<Game> allGames = new ArrayList<>(games);
        more.games.stream().filter(game -> !allGames.contains(game)).forEach(allGames::add);
        return new Disbanded(allTeams, allGames);
    }

    public boolean isEmpty() {
        return teams.isEmpty() && games.isEmpty();
    }
}
