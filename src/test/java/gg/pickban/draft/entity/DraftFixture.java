package gg.pickban.draft.entity;

import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Chance;
import gg.pickban.tournament.entity.Team;
import gg.pickban.tournament.entity.Tournament;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A tournament with players, teams and a draft as the database would hand them out (with pks), for
 * the draft rules tested without one. Rounds get pks as a flush would give them.
 */
final class DraftFixture {

    static final Instant NOW = Instant.parse("2026-01-21T18:00:00Z");

    final Tournament tournament = withId(new Tournament("Cup", NOW, "double_elimination", 17929), 900L);
    private final List<User> players = new ArrayList<>();
    private long nextRoundId = 5000;
    private long nextEventId = 7000;

    /** A registered player of the tournament. */
    User player(long pk, Integer mmr) {
        User user = user(pk, mmr);
        players.add(user);
        tournament.registerPlayers(players);
        return user;
    }

    static User user(long pk, Integer mmr) {
        User user = new User("user" + pk, Instant.EPOCH);
        user.reportMmr(mmr);
        return withId(user, pk);
    }

    /** A team captained by {@code captain} with members = [captain] (when a captain is given). */
    Team team(long pk, String name, User captain, int draftOrder) {
        Team team = withId(new Team(tournament, name), pk);
        team.appointCaptain(captain);
        team.orderInDraft(draftOrder);
        if (captain != null) {
            team.replaceMembers(List.of(captain), false);
        }
        return team;
    }

    Draft draft(DraftStyle style) {
        return withId(new Draft(tournament, style), 77L);
    }

    /** Gives new rounds and events their pks, as persisting and flushing would. */
    <T> T flushed(Draft draft, T result) {
        for (DraftRound round : draft.rounds()) {
            if (round.id() == null) {
                withId(round, nextRoundId++);
            }
        }
        List<DraftEvent> events = result instanceof Picked picked ? picked.events()
                : result instanceof Undone undone ? List.of(undone.event())
                : result instanceof List<?> list ? list.stream().map(DraftEvent.class::cast).toList() : List.of();
        events.forEach(event -> withId(event, nextEventId++));
        return result;
    }

    /** Chance that throws the given d6 rolls in order and fails when asked for more or for anything but a d6. */
    static Chance dice(int... rolls) {
        Deque<Integer> left = new ArrayDeque<>(Arrays.stream(rolls).boxed().toList());
        return bound -> {
            if (bound != 6) {
                throw new AssertionError("only d6 rolls are scripted, asked for a number below " + bound);
            }
            if (left.isEmpty()) {
                throw new AssertionError("the dice were rolled more often than scripted");
            }
            return left.pop() - 1;
        };
    }

    static Chance noDice() {
        return dice();
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
