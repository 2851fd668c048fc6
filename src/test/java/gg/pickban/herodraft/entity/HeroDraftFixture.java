package gg.pickban.herodraft.entity;

import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Chance;
import gg.pickban.tournament.entity.Game;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A game between two captained teams and its hero draft as the database would hand them out (with
 * pks): DraftTeams 11 (radiant slot, captain 101) and 12 (dire slot, captain 102). Rounds and events
 * get pks as a flush would give them.
 */
public final class HeroDraftFixture {

    public static final Instant NOW = Instant.parse("2026-01-21T18:00:00Z");

    final Tournament tournament = withId(new Tournament("Cup", NOW, "double_elimination", 17929), 900L);
    final User captainA = withId(new User("alice", NOW), 101L);
    final User captainB = withId(new User("bob", NOW), 102L);
    final Team teamA = team(501L, "Radiant Slot", captainA);
    final Team teamB = team(502L, "Dire Slot", captainB);
    final Game game = withId(new Game(tournament), 700L);
    public final HeroDraft draft;
    private long nextId = 5000;

    public HeroDraftFixture() {
        game.assignRadiant(teamA);
        game.assignDire(teamB);
        draft = withId(new HeroDraft(game, teamA, teamB, NOW), 77L);
        withId(draft.teams().get(0), 11L);
        withId(draft.teams().get(1), 12L);
    }

    public Actor a() {
        return new Actor(101L, "alice", false, false);
    }

    public Actor b() {
        return new Actor(102L, "bob", false, false);
    }

    static Actor stranger() {
        return new Actor(300L, "carol", false, false);
    }

    public static Actor staff() {
        return new Actor(301L, "admin", true, true);
    }

    static Actor leagueStaff() {
        return new Actor(302L, "steward", false, true);
    }

    public DraftTeam team(long id) {
        return draft.teams().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    Actor captainOf(DraftTeam team) {
        return team.id() == 11L ? a() : b();
    }

    /**
     * Both ready, team {@code winner} wins the roll and takes first pick, the other takes radiant:
     * drafting at {@link #NOW} with round 1 (for the winner) active.
     */
    public HeroDraftFixture drafting(long winner) {
        flushed(draft.setReady(a(), NOW));
        flushed(draft.setReady(b(), NOW));
        flushed(draft.roll(a(), coin(winner == 11L ? 0 : 1), NOW));
        DraftTeam first = team(winner);
        DraftTeam other = team(winner == 11L ? 12L : 11L);
        flushed(draft.choose(first, HeroDraft.PICK_ORDER, "first", NOW));
        flushed(draft.choose(other, HeroDraft.SIDE, "radiant", NOW));
        return this;
    }

    /** The active round's team acts with {@code heroId} after {@code elapsed}; answers when it acted. */
    Instant act(Instant startedAt, Duration elapsed, int heroId) {
        Instant at = startedAt.plus(elapsed);
        HeroDraftRound round = draft.activeRound().orElseThrow();
        flushed(draft.submit(round.draftTeam(), heroId, at));
        return at;
    }

    /** Gives new rounds and events their pks, as persisting and flushing would. */
    public <T> T flushed(T result) {
        for (HeroDraftRound round : draft.rounds()) {
            if (round.id() == null) {
                withId(round, nextId++);
            }
        }
        List<?> events = result instanceof List<?> list ? list : List.of(result);
        events.stream().filter(HeroDraftEvent.class::isInstance).map(HeroDraftEvent.class::cast)
                .filter(e -> e.id() == null).forEach(e -> withId(e, nextId++));
        return result;
    }

    public static Chance coin(int... outcomes) {
        Deque<Integer> left = new ArrayDeque<>(Arrays.stream(outcomes).boxed().toList());
        return bound -> {
            if (left.isEmpty()) {
                throw new AssertionError("chance was asked more often than scripted");
            }
            int next = left.pop();
            if (next >= bound) {
                throw new AssertionError(next + " is not below " + bound);
            }
            return next;
        };
    }

    private Team team(long pk, String name, User captain) {
        Team team = withId(new Team(tournament, name), pk);
        team.appointCaptain(captain);
        return team;
    }

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
