package gg.pickban.e2e.control;

import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.SeedRun;
import gg.pickban.steam.control.MatchStore;
import gg.pickban.steam.entity.MatchDetails;
import gg.pickban.steam.entity.PlayerPerformance;
import gg.pickban.steam.entity.SteamMatch;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The 22 Steam matches of the end-to-end seed (docs/e2e-seed.md §3) and the made-up matches of the
 * test helper {@code create-match} (docs/e2e-seed.md §2): stored like fetched matches, so their player rows link to
 * the users with those Steam ids. Every random value comes from the caller's generator.
 */
@ApplicationScoped
public class MatchSeed {

    /** The 127 hero ids of the hero pool (docs/rules.md §5.4). */
    static final List<Integer> HEROES = heroes();

    private static final int LEAGUE = 17929;

    @PersistenceContext
    EntityManager em;

    @Inject
    MatchStore store;

    public void seed(SeedRun run) {
        tournamentMatches(run, 1, 2, i -> start(1, i));
        tournamentMatches(run, 2, 2, i -> start(2, i));
        tournamentMatches(run, 11, 22, i -> run.now().minus(Duration.ofHours(2 - i)));
        tournamentMatches(run, 12, 22, i -> run.now().minus(Duration.ofHours(6 - i)));
        List<User> p = LongStream.rangeClosed(64, 83).mapToObj(pk -> em.find(User.class, pk)).toList();
        List<List<User>> radiant = List.of(p.subList(0, 5), p.subList(0, 5), List.of(p.get(0), p.get(1), p.get(2)),
                List.of(p.get(0), p.get(2), p.get(3)), List.of(p.get(0)), List.of(p.get(0)));
        List<List<User>> dire = List.of(p.subList(5, 10), p.subList(5, 10), List.of(p.get(5), p.get(6), p.get(7)),
                List.of(p.get(5), p.get(7), p.get(8)), List.of(p.get(5)), List.of(p.get(5)));
        for (int i = 0; i < 6; i++) {
            Instant start = run.midnight(0).plus(Duration.ofHours(10 + i));
            store(run.random(), 9100000001L + i, i % 2 == 0, run.between(1500, 3300), start.getEpochSecond(), 2, LEAGUE,
                    steamIds(radiant.get(i)), steamIds(dire.get(i)));
        }
    }

    /** {@code create-match} without a stored match: the match with ten made-up players on Steam ids 76561198000000000 + 0 … 9. */
    public SteamMatch madeUp(long matchId, Random random) {
        List<Long> ids = LongStream.range(0, 10).map(i -> 76561198000000000L + i).boxed().toList();
        return store(random, matchId, random.nextBoolean(), 1200 + random.nextInt(2401), 1704067200L, 22, null,
                ids.subList(0, 5), ids.subList(5, 10));
    }

    private void tournamentMatches(SeedRun run, long tournamentPk, int gameMode, java.util.function.IntFunction<Instant> startOf) {
        List<Game> linked = em.find(Tournament.class, tournamentPk).games().stream().filter(g -> g.steamMatchId() != null)
                .sorted(Comparator.comparing(Game::id)).toList();
        for (int i = 0; i < linked.size(); i++) {
            Game game = linked.get(i);
            boolean radiantWin = game.winningTeam() == game.radiantTeam();
            store(run.random(), game.steamMatchId(), radiantWin, run.between(1500, 3300), startOf.apply(i).getEpochSecond(),
                    gameMode, LEAGUE, steamIds(members(game.radiantTeam())), steamIds(members(game.direTeam())));
        }
    }

    private Instant start(long tournamentPk, int index) {
        return em.find(Tournament.class, tournamentPk).datePlayed().plus(Duration.ofHours(12 + index));
    }

    private SteamMatch store(Random random, long matchId, boolean radiantWin, int duration, long startTime, int gameMode,
            Integer league, List<Long> radiant, List<Long> dire) {
        List<Integer> heroes = new ArrayList<>(HEROES);
        Collections.shuffle(heroes, random);
        List<PlayerPerformance> lines = new ArrayList<>();
        for (int i = 0; i < radiant.size(); i++) {
            lines.add(line(random, radiant.get(i), i, heroes.get(i)));
        }
        for (int i = 0; i < dire.size(); i++) {
            lines.add(line(random, dire.get(i), 128 + i, heroes.get(5 + i)));
        }
        return store.store(new MatchDetails(matchId, radiantWin, duration, startTime, gameMode, 1, lines), league);
    }

    private static PlayerPerformance line(Random random, long steamId, int slot, int hero) {
        return new PlayerPerformance(steamId, slot, hero, between(random, 1, 18), between(random, 1, 12),
                between(random, 3, 30), between(random, 200, 700), between(random, 300, 800), between(random, 20, 400),
                between(random, 0, 30), between(random, 5000, 45000), between(random, 200, 10000), between(random, 0, 15000));
    }

    private static List<User> members(Team team) {
        return team.members().stream().sorted(Comparator.comparing(User::id)).toList();
    }

    /** Members without a Steam id (the three test-login accounts) have no row. */
    private static List<Long> steamIds(List<User> users) {
        return users.stream().map(User::steamid).filter(java.util.Objects::nonNull).toList();
    }

    private static int between(Random random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private static List<Integer> heroes() {
        List<Integer> ids = new ArrayList<>(IntStream.rangeClosed(1, 23).boxed().toList());
        ids.addAll(IntStream.rangeClosed(25, 114).boxed().toList());
        ids.addAll(List.of(119, 120, 121, 123, 126, 128, 129, 131, 135, 136, 137, 138, 145, 155));
        return List.copyOf(ids);
    }
}
