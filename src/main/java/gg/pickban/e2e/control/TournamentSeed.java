package gg.pickban.e2e.control;

import gg.pickban.bracket.control.StandardBracket;
import gg.pickban.identity.entity.User;
import gg.pickban.league.entity.League;
import gg.pickban.platform.control.SeedRun;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The 21 tournaments of the end-to-end seed with their 84 teams and 39 games (docs/e2e-seed.md §3),
 * created in pk order. Users and leagues are already seeded, so they are found by their fixed pks.
 * Teams of draft tournaments start as their captain alone; the draft seed picks the rest.
 */
@ApplicationScoped
public class TournamentSeed {

    /** Tournaments and names as docs/e2e-seed.md §3 lists them; the index + 1 is the pk. */
    public static final List<String> NAMES = List.of("Completed Bracket Test", "Partial Bracket Test",
            "Pending Bracket Test", "Draft Test", "Large Tournament Test", "Test League Tournament",
            "Draft Not Started", "Draft In Progress", "Captain Turn Test", "Draft Completed", "Bracket Partial",
            "Bracket Complete", "Shuffle Draft Not Started", "Shuffle Draft In Progress", "Shuffle Draft Captain Turn",
            "Bracket Linking Test", "Real Tournament 38", "Demo HeroDraft Tournament", "Demo Captain Draft Tournament",
            "Demo Snake Draft Tournament", "Demo Shuffle Draft Tournament");

    private static final List<String> GREEK = List.of("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta");
    private static final List<Boolean> COMPLETED_RESULTS = List.of(true, false, true, false, true, true);
    private static final int NO_LEAGUE_STEAM_ID = 17929;

    @PersistenceContext
    EntityManager em;

    private Map<Long, User> users;

    public void seed(SeedRun run, List<String> realPlayersDeclared) {
        users = em.createNamedQuery(User.ALL, User.class).getResultStream().collect(Collectors.toMap(User::id, Function.identity()));
        Map<String, User> real = users.values().stream().collect(Collectors.toMap(User::username, Function.identity()));
        List<User> realDeclared = realPlayersDeclared.stream().map(real::get).toList();
        League dtx = em.find(League.class, 1L);
        League testLeague = em.find(League.class, 2L);
        List<Tournament> t = new ArrayList<>();
        t.add(tournament(run, 1, dtx, "double_elimination", "past", run.midnight(-10), plus(range(1, 3), range(4, 23))));
        t.add(tournament(run, 2, dtx, "double_elimination", "past", run.midnight(-3), plus(range(1, 3), range(4, 23))));
        t.add(tournament(run, 3, dtx, "double_elimination", "future", run.midnight(7), plus(range(1, 3), range(4, 23))));
        t.add(tournament(run, 4, dtx, "double_elimination", "future", run.midnight(14), plus(range(1, 3), range(4, 33))));
        t.add(tournament(run, 5, dtx, "single_elimination", "future", run.midnight(21), plus(range(1, 3), range(4, 43))));
        t.add(tournament(run, 6, testLeague, "double_elimination", "past", run.midnight(-30), plus(range(1, 3), range(4, 23))));
        for (int pk = 7; pk <= 15; pk++) {
            t.add(tournament(run, pk, null, "double_elimination", "in_progress", run.midnight(0), range(1, 20)));
        }
        t.add(tournament(run, 16, dtx, "double_elimination", "in_progress", run.midnight(0), range(64, 83)));
        t.add(tournament(run, 17, dtx, "double_elimination", "past", Instant.parse("2026-01-18T00:00:00Z"), realDeclared));
        Tournament demoHeroDraft = tournament(run, 18, dtx, "double_elimination", "in_progress", run.now(), List.of());
        t.add(demoHeroDraft);
        t.add(tournament(run, 19, dtx, "double_elimination", "future", run.now(), realDeclared.subList(0, 16)));
        t.add(tournament(run, 20, dtx, "double_elimination", "in_progress", run.now(), realDeclared));
        t.add(tournament(run, 21, dtx, "double_elimination", "in_progress", run.now(), realDeclared));
        em.flush();

        List<List<Team>> teams = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            teams.add(teams(t.get(i), i + 1, real));
        }
        em.flush();
        demoHeroDraft.registerPlayers(teams.get(17).stream().flatMap(team -> team.members().stream())
                .sorted(java.util.Comparator.comparing(User::id)).toList());

        bracket(StandardBracket.of(t.get(0), teams.get(0)).play(COMPLETED_RESULTS, matchIds(9000000001L, 6)));
        bracket(StandardBracket.of(t.get(1), teams.get(1)).play(List.of(true, false), List.of(9000000101L, 9000000102L)));
        bracket(StandardBracket.of(t.get(2), teams.get(2)));
        List<Game> partial = StandardBracket.of(t.get(10), teams.get(10)).withoutLinks()
                .play(List.of(true, false), List.of(9000000301L, 9000000302L)).games();
        partial.subList(2, 6).forEach(game -> game.moveTo(null));
        persist(partial.subList(0, 2));
        bracket(StandardBracket.of(t.get(11), teams.get(11)).play(COMPLETED_RESULTS, matchIds(9000000401L, 6)).withoutLinks());
        bracket(StandardBracket.of(t.get(15), teams.get(15)));
        List<Team> real38 = teams.get(16);
        bracket(StandardBracket.of(t.get(16), List.of(real38.get(0), real38.get(3), real38.get(1), real38.get(2)))
                .play(List.of(false, false, true), List.of()));
        Game demo = new Game(demoHeroDraft);
        demo.placeInBracket(1, 0, "winners", "double", "pending", 0, 0);
        demo.assignRadiant(teams.get(17).get(0));
        demo.assignDire(teams.get(17).get(1));
        em.persist(demo);
        em.flush();
    }

    private Tournament tournament(SeedRun run, int pk, League league, String type, String state, Instant date,
            List<User> players) {
        Tournament tournament = new Tournament(NAMES.get(pk - 1), date, type, NO_LEAGUE_STEAM_ID);
        tournament.moveToLeague(league, NO_LEAGUE_STEAM_ID);
        tournament.changeState(state);
        tournament.registerPlayers(players);
        em.persist(tournament);
        return tournament;
    }

    /** The teams of each tournament (docs/e2e-seed.md §3). */
    private List<Team> teams(Tournament tournament, int pk, Map<String, User> real) {
        return switch (pk) {
            case 1, 2, 3, 6 -> blocks(tournament, GREEK.subList(0, 4), 4);
            case 4 -> blocks(tournament, GREEK.subList(0, 6), 4);
            case 5 -> blocks(tournament, GREEK.subList(0, 8), 4);
            case 7, 13 -> numbered(tournament, true, 1);
            case 8, 10, 11, 12, 14 -> numbered(tournament, false, 1);
            case 9, 15 -> numbered(tournament, false, 3);
            case 16 -> List.of(team(tournament, 1, "Link Alpha", range(64, 68)), team(tournament, 2, "Link Beta", range(69, 73)),
                    team(tournament, 3, "Link Gamma", range(74, 78)), team(tournament, 4, "Link Delta", range(79, 83)));
            case 17 -> List.of(
                    team(tournament, 1, "gglive's Team", named(real, "gglive", "anil98765", "hassanzulfi", "abaybay1392", "reacher_z")),
                    team(tournament, 2, "benevolentgremlin's Team", named(real, "benevolentgremlin", "clarexlauda", "creemy__", "sir_t_rex", "bearthebear")),
                    team(tournament, 3, "ethan0688_'s Team", named(real, "ethan0688_", "just__khang", "heffdawgz", "pushingshots", "p0styp0sty")),
                    team(tournament, 4, "vrm.mtl's Team", named(real, "vrm.mtl", "tornope", "nimstria1", "thekingauto", "leafael.")));
            case 18 -> List.of(
                    team(tournament, 1, "Demo Team Alpha", named(real, "vrm.mtl", "tornope", "nimstria1", "thekingauto", "clarexlauda")),
                    team(tournament, 2, "Demo Team Beta", named(real, "ethan0688_", "just__khang", "heffdawgz", "pushingshots", "anil98765")));
            case 20, 21 -> List.of(team(tournament, 1, "Team Alpha", named(real, "just__khang")),
                    team(tournament, 2, "Team Beta", named(real, "clarexlauda")),
                    team(tournament, 3, "Team Gamma", named(real, "heffdawgz")),
                    team(tournament, 4, "Team Delta", named(real, "pushingshots")));
            default -> List.of();
        };
    }

    /** Team k = users {@code first + 5(k−1)} … {@code first + 5k − 1}, captain the first. */
    private List<Team> blocks(Tournament tournament, List<String> names, long first) {
        List<Team> made = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            long from = first + 5L * k;
            made.add(team(tournament, k + 1, "Team " + names.get(k), range(from, from + 4)));
        }
        return made;
    }

    /** Team 1 … Team 4; full rosters of five, or the captain alone when a draft fills them. */
    private List<Team> numbered(Tournament tournament, boolean fullRosters, long firstCaptain) {
        List<Team> made = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            long captain = k == 1 ? firstCaptain : 5L * k - 4;
            List<User> roster = fullRosters ? range(5L * k - 4, 5L * k) : List.of(users.get(captain));
            made.add(team(tournament, k, "Team " + k, roster));
        }
        return made;
    }

    private Team team(Tournament tournament, int draftOrder, String name, List<User> roster) {
        Team team = new Team(tournament, name);
        team.appointCaptain(roster.get(0));
        roster.forEach(team::draftMember);
        team.orderInDraft(draftOrder);
        em.persist(team);
        return team;
    }

    private void bracket(StandardBracket bracket) {
        persist(bracket.games());
    }

    private void persist(List<Game> games) {
        games.forEach(em::persist);
        em.flush();
    }

    private List<User> range(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(users::get).toList();
    }

    private static List<User> named(Map<String, User> real, String... usernames) {
        return java.util.Arrays.stream(usernames).map(real::get).toList();
    }

    private static List<User> plus(List<User> first, List<User> second) {
        List<User> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<Long> matchIds(long first, int count) {
        return LongStream.range(first, first + count).boxed().toList();
    }
}
